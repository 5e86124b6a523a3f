"""The PDF viewer: one widget, its helpers by job."""
