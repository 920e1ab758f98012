"""Internet-Client: a desktop internet-banking client for companies in Kazakhstan."""

__version__ = "0.1.0"
