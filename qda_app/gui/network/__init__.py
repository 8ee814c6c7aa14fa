"""The network editor: graphics items, scene, view, layouts and export."""
