"""Hand-written yargy grammars for Russian diplomatic news: entities and events.

Every module ends in one root rule (`grammars.person.PERSON`, `grammars.geo.GEO`, ...). Rules are
yargy schemes: build a `yargy.Parser(rule, tokenizer=extractor.morph.tokenizer())` to run one.
"""
