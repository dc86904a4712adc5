"""Sift in Telegram: the Application, its handlers, keyboards and interface text."""
