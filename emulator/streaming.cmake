# HLS and DASH streaming sessions: playlists, manifests, fMP4 and MPEG-TS segments.
