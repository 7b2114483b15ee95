# UI tests: timeline
