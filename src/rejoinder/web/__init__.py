"""HTTP only: routes, schemas at the edge, error mapping in one place, middleware."""
