"""Ingest stage: raw seed files in, clean articles out.

In: the seeds folder (bytes of .txt files and saved .html pages) and the optional seeds/sources.yml.
Out: one Article per usable file (title, outlet, dates, credits, body blocks with boilerplate removed),
a Rejected record for each file that gives none, and warnings naming the file and the problem.
"""
