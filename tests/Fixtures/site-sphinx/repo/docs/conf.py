project = "Example"
extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
]
html_theme = "furo"
html_static_path = ["_static"]
intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
