"""Qt building blocks every room uses: settings, translations, accessibility, labels."""
