"""The domain: values, rules and rich text. Knows nothing of Qt, files or databases."""
