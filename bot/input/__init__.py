"""Input: turning what a user sends (text, files, web pages) into article text."""
