"""Installed packs: archives, signatures and keys, the store, the active pack, policy."""
