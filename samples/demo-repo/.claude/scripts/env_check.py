#!/usr/bin/env python3
"""Checks the developer environment."""
print("ok")
