"""Bodies of the `journey` sub-commands, one module each; `assistant.cli` only wires them."""
