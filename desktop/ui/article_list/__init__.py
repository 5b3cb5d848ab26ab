"""The article list: a lazy model of ids over the library, its view, and the commands on articles."""
