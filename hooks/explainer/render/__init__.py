"""Render stage: articles, timeline, glossary and coverage in, page text out.

In: the articles and the corpus results.
Out: the Markdown (with raw HTML paragraphs) of every generated page: article pages, the article
index, home, Sumber, Linimasa and Glosarium, with glossary links in the text.
"""
