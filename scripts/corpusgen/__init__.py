"""The generator behind scripts/make_corpus.py: invented Indonesian news articles (text or saved pages) and their truth.

Modules, in the order an article is made: `words` (calendar words, text helpers, the data loader), `entities` (the
fixed pool of people, organisations and places), `outlets` (an outlet's boilerplate style and date lines),
`phrasing` (topics, sentence templates and slot fillers), `dates` (date expressions relative to publication),
`writer` (the body, with the mentions and events it plants), `frame` (cast, headline, credits and everything around
the body), `article` (one article end to end), `truth` (its manifest record and self-checks); the saved-page
rendering is `page_layouts`, with the weight of real pages from `page_chrome`. Word lists and sentence templates are
data in `data/*.json`; the twenty outlets are listed in scripts/make_corpus.py.
"""
