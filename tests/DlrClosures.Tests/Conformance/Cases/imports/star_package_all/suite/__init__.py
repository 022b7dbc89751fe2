__all__ = ["alpha", "beta"]
