<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>kinescope</name>
    <message>
        <source>ddd d MMM yyyy HH:mm:ss.zzz</source>
        <extracomment>Hover time in local time (QDateTime format); the zone abbreviation follows</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::ArchivedMediaClient</name>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
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
    <message>
        <source>AWS said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::ConnectionPanel</name>
    <message>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove profiles kept by Kinescope (secret keys in the OS keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the profile or AWS_REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (AWS_PROFILE or &quot;default&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the AWS configuration files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Kinescope profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected with profile %1, region %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: %1.</source>
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
    <name>kinescope::DemoEmulator</name>
    <message>
        <source>The demo emulator reported an unreadable port (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo emulator crashed while starting. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo emulator exited with code %1 while starting. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo emulator %1: %2. Build the kinescope-emulator target, or set KINESCOPE_EMULATOR to its path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::DeskStartup</name>
    <message>
        <source>Starting the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local emulator for the demo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::DeskStatusBar</name>
    <message>
        <source>Dismiss the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>kinescope::FragmentTableView</name>
    <message>
        <source>Filter fragments (number or time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fragments</source>
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
    <name>kinescope::ImageRequest</name>
    <message>
        <source>The end of the image range is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sampling interval must be between 3000 and 20000 milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quality applies to JPEG images only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the image height together with the width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image width must be between 1 and 3840 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image height must be between 1 and 2160 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 100 images can be asked for per page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::ImagesThumbnailJob</name>
    <message>
        <source>Thumbnails of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking AWS for images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>kinescope::JobListModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::JobsPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::KeyframeDecoder</name>
    <message>
        <source>Could not decode a picture: %1</source>
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
    <message>
        <source>Name the stream by its name or its ARN (exactly one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for between 1 and 1000 fragments at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::LocalThumbnailJob</name>
    <message>
        <source>Local thumbnails of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbnail decoder is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 fragments decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::LogModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::LogPanel</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect a media file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kinescope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kinescope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinescope %1 — a review desk for Amazon Kinesis Video Streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinescope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Kinescope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::PlaybackEngine</name>
    <message>
        <source>This stream cannot be played backwards by the media framework; going back steps through it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media could not be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video uses a codec this computer cannot decode: the media framework (GStreamer) has no decoder for it. Check the stream&apos;s codec (H.264 and H.265 play when gstreamer1.0-libav is installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The player could not fetch the stream: the streaming session has expired or was revoked, or its media is gone. Start the session again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error interrupted the stream. Check the connection and start the session again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media could not be read: it is not in a format the player supports or holds no playable video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream delivered no data the player could use (the server may be unreachable or the session URL invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Media framework: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::PlayerPanel</name>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to AWS (or start the demo) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(part %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session renewed before it expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the next part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause; with nothing loaded, plays the selection (ON_DEMAND) or from the playhead (LIVE_REPLAY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop playing and end the streaming session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step one frame back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step one frame forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play backwards; each press doubles the speed up to 16×. Uses the media framework&apos;s reverse playback; where a stream cannot play backwards, steps back through it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play forward; each press doubles the speed up to 16×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LIVE session plays at the live edge and cannot go faster than 1×.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous gap edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to where the previous gap in the recording starts or ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next gap edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to where the next gap in the recording starts or ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose every streaming session parameter (protocol, mode, clock, container, expiry, …) and play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the media being played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed. Negative speeds play backwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a range on the timeline or in the fragment table (I and O keys), then press Play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the timeline or the thumbnails to place the playhead, or select a range, then press Play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a stream in the stream browser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a streaming session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(server clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(producer clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first frame from the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LIVE session plays at the live edge and cannot go faster than 1×; use LIVE_REPLAY or ON_DEMAND for fast playback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gap after this point in the loaded range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gap before this point in the loaded range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playhead is outside what is playing; press Play to start there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for %1, but the stream plays at about %2: it cannot be fetched or decoded faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream has delivered no picture for %1 seconds. The range may hold no fragments, or the server is slow; press Stop or pick another range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to AWS (or start the demo), pick a stream, then press Play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a stream in the stream browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Play (Space) to watch the selection %1 – %2 on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a range on the timeline and press Play (Space), or press Play to watch from the playhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LIVE session cannot play faster than the live edge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Kinescope starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::ProfileDialog</name>
    <message>
        <source>Kinescope profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. us-east-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:4566</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ndpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key is stored in the OS keychain, never in Kinescope&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name without spaces, slashes or brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named %1 exists already; select it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL must look like https://host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret key in the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 was not saved: %2 Kinescope keeps secret keys only in the OS keychain; make a keychain available (for example GNOME Keyring or KWallet) or use a profile in ~/.aws/credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the secret key from the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::ReviewFragmentModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time minus producer time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::ReviewLoader</name>
    <message>
        <source>Opening the fragment cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describing stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing fragments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no fragments between %2 and %3. Pick another time range, or check that the camera is sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fragment(s) of %1 loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>kinescope::SessionDialog</name>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HLS (AWS default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE — the newest fragments (AWS default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE_REPLAY — from a start time on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON_DEMAND — a fixed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server timestamps (AWS default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmented MP4 (AWS default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPEG-TS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEVER (AWS default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds until the session URL expires: 300 (AWS default) to 43200. The player renews sessions before they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock (fragment selector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container (HLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinuity mode (HLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display fragment timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display fragment numbers (DASH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DASH sessions are always fragmented MP4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discontinuity mode applies to HLS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment numbers can be displayed in DASH manifests only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LIVE session plays the newest fragments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LIVE session takes no time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ON_DEMAND session needs an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE plays the most recent fragments; no range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an end, the session keeps adding newly ingested fragments until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are local (%1); UTC %2 – %3. At most 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::SessionManager</name>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> This computer&apos;s clock differs from AWS&apos;s by %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a stream to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The streaming session expired or was revoked (HTTP %1); Kinescope is opening a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The player could not fetch the session&apos;s media (HTTP %1: %2); Kinescope is opening a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time %1 is in the future by AWS&apos;s clock (it is %2 there): there is nothing to play yet.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no archive (its data retention is 0 hours), so there is nothing a streaming session could play. Set a data retention on the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The range ends before the stream&apos;s %n-hour retention: fragments older than %1 have been deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No footage was recorded between %1 and %2 (%3 clock): the fragment index has no fragments there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 live streaming sessions, the most AWS allows per stream (a session stays live until it expires, played or not). Playback continues at %3, when the next one expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> between %1 and %2 (%3 clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to play: AWS found no fragments%1. The camera recorded nothing there, or the footage has aged out of the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream does not exist in this account and region. Check its name and the selected region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream keeps no archive (its data retention is 0 hours), so there is nothing a streaming session could play. Set a data retention on the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS refused the time range%1: %2 Check the start and end times and the clock (server or producer).%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS refused a session parameter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream&apos;s media cannot be played as HLS or DASH: only H.264 or H.265 video (with optional AAC or G.711 audio) in Matroska fragments can be streamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fragments carry no codec private data (the decoder configuration), so no player can decode them. The camera or producer must send it with the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fragments&apos; codec private data is invalid or unsupported (for example a profile or track layout HLS/DASH cannot carry), so the video cannot be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS refused another streaming session: a stream allows at most 10 live sessions, and each stays live until it expires. Wait for one to expire, or use a shorter Expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials in use may not open streaming sessions for this stream (kinesisvideo:Get%1StreamingSessionURL). Ask for the permission or pick another profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::StreamBrowser</name>
    <message>
        <source>Filter streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no Kinesis video streams in this region.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::StreamListModel</name>
    <message>
        <source>none (live only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
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
    <name>kinescope::ThumbnailService</name>
    <message>
        <source>GetImages is not available for %1 (%2); thumbnails are decoded locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::ThumbnailStrip</name>
    <message>
        <source>Thumbnails of the visible time range. Click to move the playhead there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails appear here for the time range the timeline shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media
(gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media here (NO_MEDIA): the stream has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be made (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
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
    <name>kinescope::TimelinePainter</name>
    <message>
        <source>drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::TimelinePanel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order and show fragments by server time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order and show fragments by producer time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the selection, or the whole loaded range (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::TimelineTickGenerator</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Ruler label at local midnight (QDateTime format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm:ss</source>
        <extracomment>Ruler label with seconds (QDateTime format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm:ss.zzz</source>
        <extracomment>Ruler label inside a second (QDateTime format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <extracomment>Ruler label on a minute or hour (QDateTime format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>The local date shown at the ruler&apos;s left edge (QDateTime format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinescope::TimelineWidget</name>
    <message>
        <source>Coverage timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded coverage and gaps of the loaded range. Wheel zooms at the cursor, Shift+wheel pans, click sets the playhead, drag selects, I and O set the selection at the playhead, F fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fragments loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fragments in the loaded range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration %1 · drift %2%3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording (gap of %1)</source>
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
    <name>kinescope::VideoView</name>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Displays this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media file to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinescope: a review desk for Amazon Kinesis Video Streams. AWS profiles, regions, credentials and endpoints are resolved exactly as kinescope-cli and the AWS CLI do (AWS_* environment variables, ~/.aws/config and ~/.aws/credentials). With FILE, opens the container inspector on a media file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS profile to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests to this endpoint instead of AWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the time range to load (ISO 8601 with zone, or epoch seconds). Default: 24 hours before --end or now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the time range to load. Default: now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the bundled kinescope-emulator with its default scenario and show its stream front-door.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
