"""The checklist: ranking claims by how much they need checking, and rendering them."""
