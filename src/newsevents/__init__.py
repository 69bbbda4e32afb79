"""newsevents: code news articles into who-did-what-to-whom political event data."""

__version__ = "0.1.0"
