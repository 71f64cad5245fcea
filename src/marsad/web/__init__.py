"""The dashboard: Jinja2 pages with htmx, and the vendored Leaflet, Cytoscape and
vis-timeline (no CDN: everything under ``static/`` ships in the package)."""
