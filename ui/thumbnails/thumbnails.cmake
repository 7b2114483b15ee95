# The thumbnail strip.
