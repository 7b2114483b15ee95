# UI tests: player
