"""Search stage: rendered pages in, the search index out.

In: the Markdown of every page and the glossary names and aliases.
Out: the Pagefind index (built in a second process) with added Indonesian term expansions.
"""
