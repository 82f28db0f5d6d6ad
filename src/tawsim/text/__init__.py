"""Arabic text handling: normalisation with exact offset maps, words, clitics, numbers."""
