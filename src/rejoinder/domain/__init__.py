"""Pure domain: value objects, rules, tree building and markup. No I/O here."""
