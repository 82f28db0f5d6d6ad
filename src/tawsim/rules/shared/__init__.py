"""What the three rule sets share: the one-pass word scanner, phrase lists, matches, rule files
and users' own patterns. It imports none of the rule sets."""
