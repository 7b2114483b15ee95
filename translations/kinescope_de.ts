<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>kinescope</name>
    <message>
        <source>AWS said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::AwsClient</name>
    <message>
        <source>The server&apos;s TLS certificate could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the downloaded data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::AwsError</name>
    <message>
        <source>Could not reach AWS. Check the network connection, the proxy settings and the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS did not answer in time. Try again; if it keeps happening, check the network or choose a shorter time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable AWS credentials were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS sent a response Kinescope could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS is throttling requests (%1). Kinescope retried with backoff; wait a moment and try again, or fetch a shorter range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from AWS&apos;s. Correct the system time and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream or resource does not exist in this account and region. Check the name and the selected region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials in use are not allowed to do this. Ask for the IAM permission, or pick another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS rejected the credentials. Check the access key and secret of the profile, or sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session credentials have expired. Sign in again (for SSO profiles: aws sso login) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS rejected a parameter of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream does not retain data, so there is no archived media to show. Enable data retention on the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS had an internal problem (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::ContainerTreeModel</name>
    <message>
        <source>(incomplete) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) at offset %3: %4 header bytes, %5 data bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::EndpointResolver</name>
    <message>
        <source>No AWS region is set: use --region, AWS_REGION or the profile&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AWS region name (expected something like us-east-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s services section (%1 endpoint_url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s endpoint_url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; from %2 is not a valid http:// or https:// URL with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint prefix is known for service %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::FragmentListJob</name>
    <message>
        <source>List fragments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the stream by its name or its ARN (exactly one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the time range is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fragment(s) in %1 of %2 time ranges</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::FragmentTableModel</name>
    <message>
        <source>error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyframe at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::FrameTableModel</name>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::HexView</name>
    <message numerus="yes">
        <source>%n byte(s) at offset %1 (0x%2), header %3 highlighted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>— showing the first %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an element to see its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::InspectorPanel</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect a local Matroska, WebM or MP4 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file — use Open… to inspect a Matroska, WebM or MP4 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyframes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames and keyframes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect a media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media files (*.mkv *.webm *.mka *.mp4 *.m4s *.m4v *.m4a *.mov *.mp4v *.cmfv *.ts *.bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n element(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Matroska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n EBML document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) (%1 keyframes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fragment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>KVS stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after %1 bytes; what was read until then is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Matroska or MP4 stream (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream is truncated or corrupt (%1). Everything read before the error is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The tree keeps only the first %n element(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The bytes at offset %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) not kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::InspectorWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinescope — Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::Job</name>
    <message>
        <source>Canceled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::KeyframeStrip</name>
    <message>
        <source>Frames along time; keyframes are the tall marks. Click to select a frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s – %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::KvsClient</name>
    <message>
        <source>%1 returned an unreadable response: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::SearchBar</name>
    <message>
        <source>Find element by name, ID or tag value (Enter: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::StreamingSessionOptions</name>
    <message>
        <source>Expires must be between 300 seconds (5 minutes) and 43200 seconds (12 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of fragments must be between 1 and 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DASH sessions are always fragmented MP4; MPEG-TS is available for HLS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment numbers can be displayed in DASH manifests only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discontinuity mode applies to HLS sessions only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LIVE session plays the newest fragments and takes no time range; choose LIVE_REPLAY or ON_DEMAND to play from a given time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LIVE_REPLAY session needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ON_DEMAND session needs both a start and an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time must be later than the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time must be within 24 hours of the start time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::Time</name>
    <message>
        <source>&apos;%1&apos; is not a time: use ISO 8601 with a zone (2024-05-01T12:00:00Z, 2024-05-01T14:00:00+02:00) or epoch seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::TrackDetailsView</name>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codec ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Hz, %2 channel(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codec private</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (luma), %2 (chroma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>id %1, %n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Decoding error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kinescope desktop. For now this opens the container inspector (Matroska/WebM including KVS GetMedia streams, MP4/fMP4); the review desk window comes later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media file to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
