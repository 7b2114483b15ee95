# UI tests: desk
