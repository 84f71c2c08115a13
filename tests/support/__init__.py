"""Helpers shared by the test folders: local servers, a Redis server, payload builders, and the
fake API address and key the aioresponses tests use."""

BASE = "https://api.test.instantly.invalid"
KEY = "test-key-0123456789"
