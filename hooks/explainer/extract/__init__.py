"""Extract stage: one clean article in, what it says out.

In: an Article.
Out: its sentences, its dated Events (relative dates anchored), its entity Mentions and, when the
article states none, an inferred publication date; `articles` runs this per seed file, cached by
content hash and spread over a process pool.
"""
