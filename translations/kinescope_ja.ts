<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>kinescope::ArchivedMediaClient</name>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation>%1 を %2 に移動できませんでした: %3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>kinescope::AwsClient</name>
    <message>
        <source>The server&apos;s TLS certificate could not be verified: %1</source>
        <translation>サーバーの TLS 証明書を検証できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not write the downloaded data: %1</source>
        <translation>ダウンロードしたデータを書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kinescope::AwsError</name>
    <message>
        <source>Could not reach AWS. Check the network connection, the proxy settings and the endpoint URL.</source>
        <translation>AWS に接続できませんでした。ネットワーク接続、プロキシ設定、エンドポイント URL を確認してください。</translation>
    </message>
    <message>
        <source>AWS did not answer in time. Try again; if it keeps happening, check the network or choose a shorter time range.</source>
        <translation>AWS から時間内に応答がありませんでした。もう一度お試しください。繰り返し発生する場合は、ネットワークを確認するか、より短い時間範囲を選択してください。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>No usable AWS credentials were found.</source>
        <translation>使用できる AWS 認証情報が見つかりませんでした。</translation>
    </message>
    <message>
        <source>AWS sent a response Kinescope could not read.</source>
        <translation>AWS から Kinescope が読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>AWS is throttling requests (%1). Kinescope retried with backoff; wait a moment and try again, or fetch a shorter range.</source>
        <translation>AWS がリクエストをスロットリングしています (%1)。Kinescope はバックオフしながら再試行しました。しばらく待ってからもう一度試すか、より短い範囲を取得してください。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from AWS&apos;s. Correct the system time and try again.</source>
        <translation>このコンピューターの時計が AWS の時刻と大きくずれています。システム時刻を修正してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The stream or resource does not exist in this account and region. Check the name and the selected region.</source>
        <translation>このアカウントとリージョンには、指定したストリームまたはリソースが存在しません。名前と選択中のリージョンを確認してください。</translation>
    </message>
    <message>
        <source>The credentials in use are not allowed to do this. Ask for the IAM permission, or pick another profile.</source>
        <translation>使用中の認証情報にはこの操作の権限がありません。IAM 権限を申請するか、別のプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>AWS rejected the credentials. Check the access key and secret of the profile, or sign in again.</source>
        <translation>AWS が認証情報を拒否しました。プロファイルのアクセスキーとシークレットを確認するか、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The session credentials have expired. Sign in again (for SSO profiles: aws sso login) and retry.</source>
        <translation>セッションの認証情報の有効期限が切れています。もう一度サインインしてから (SSO プロファイルの場合: aws sso login) 再試行してください。</translation>
    </message>
    <message>
        <source>AWS rejected a parameter of the request.</source>
        <translation>AWS がリクエストのパラメーターを拒否しました。</translation>
    </message>
    <message>
        <source>The stream does not retain data, so there is no archived media to show. Enable data retention on the stream.</source>
        <translation>このストリームはデータを保持していないため、表示できるアーカイブメディアがありません。ストリームのデータ保持を有効にしてください。</translation>
    </message>
    <message>
        <source>AWS had an internal problem (HTTP %1). Try again in a moment.</source>
        <translation>AWS で内部エラーが発生しました (HTTP %1)。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The request failed with %1.</source>
        <translation>リクエストが失敗しました (%1)。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>AWS said: %1</source>
        <translation>AWS からのメッセージ: %1</translation>
    </message>
</context>
<context>
    <name>kinescope::ConnectionPanel</name>
    <message>
        <source>Profiles…</source>
        <translation>プロファイル…</translation>
    </message>
    <message>
        <source>Add, edit or remove profiles kept by Kinescope (secret keys in the OS keychain)</source>
        <translation>Kinescope が管理するプロファイルを追加・編集・削除します (シークレットキーは OS のキーチェーンに保存)</translation>
    </message>
    <message>
        <source>from the profile or AWS_REGION</source>
        <translation>プロファイルまたは AWS_REGION から</translation>
    </message>
    <message>
        <source>AWS (default)</source>
        <translation>AWS (既定)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>エンドポイント URL(&amp;E):</translation>
    </message>
    <message>
        <source>Default (AWS_PROFILE or &quot;default&quot;)</source>
        <translation>既定 (AWS_PROFILE または &quot;default&quot;)</translation>
    </message>
    <message>
        <source>Reading the AWS configuration files</source>
        <translation>AWS 設定ファイルを読み込んでいます</translation>
    </message>
    <message>
        <source>%1 (Kinescope profile)</source>
        <translation>%1 (Kinescope プロファイル)</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未接続です。</translation>
    </message>
    <message>
        <source>Connected with profile %1, region %2.</source>
        <translation>プロファイル %1、リージョン %2 で接続しました。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Endpoint: %1.</source>
        <translation>エンドポイント: %1。</translation>
    </message>
    <message>
        <source>Credentials: %1.</source>
        <translation>認証情報: %1。</translation>
    </message>
</context>
<context>
    <name>kinescope::ContainerTreeModel</name>
    <message>
        <source>(incomplete) %1</source>
        <translation>(不完全) %1</translation>
    </message>
    <message>
        <source>%1 (%2) at offset %3: %4 header bytes, %5 data bytes</source>
        <translation>%1 (%2)、オフセット %3: ヘッダー %4 バイト、データ %5 バイト</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>kinescope::DemoEmulator</name>
    <message>
        <source>The demo emulator reported an unreadable port (%1).</source>
        <translation>デモ用エミュレーターが読み取れないポートを報告しました (%1)。</translation>
    </message>
    <message>
        <source>The demo emulator crashed while starting. %1</source>
        <translation>デモ用エミュレーターが起動中にクラッシュしました。%1</translation>
    </message>
    <message>
        <source>The demo emulator exited with code %1 while starting. %2</source>
        <translation>デモ用エミュレーターが起動中にコード %1 で終了しました。%2</translation>
    </message>
    <message>
        <source>Could not start the demo emulator %1: %2. Build the kinescope-emulator target, or set KINESCOPE_EMULATOR to its path.</source>
        <translation>デモ用エミュレーター %1 を起動できませんでした: %2。kinescope-emulator ターゲットをビルドするか、KINESCOPE_EMULATOR にそのパスを設定してください。</translation>
    </message>
</context>
<context>
    <name>kinescope::DeskStartup</name>
    <message>
        <source>Starting the demo</source>
        <translation>デモを開始しています</translation>
    </message>
    <message>
        <source>Starting the local emulator for the demo…</source>
        <translation>デモ用のローカルエミュレーターを起動しています…</translation>
    </message>
</context>
<context>
    <name>kinescope::DeskStatusBar</name>
    <message>
        <source>Dismiss the error</source>
        <translation>エラーを閉じる</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>リクエスト ID %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 件のジョブを実行中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::EndpointResolver</name>
    <message>
        <source>No AWS region is set: use --region, AWS_REGION or the profile&apos;s region.</source>
        <translation>AWS リージョンが設定されていません: --region、AWS_REGION、またはプロファイルのリージョンを使用してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AWS region name (expected something like us-east-1).</source>
        <translation>「%1」は有効な AWS リージョン名ではありません (us-east-1 のような名前を指定してください)。</translation>
    </message>
    <message>
        <source>the profile&apos;s services section (%1 endpoint_url)</source>
        <translation>プロファイルの services セクション (%1 の endpoint_url)</translation>
    </message>
    <message>
        <source>the profile&apos;s endpoint_url</source>
        <translation>プロファイルの endpoint_url</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; from %2 is not a valid http:// or https:// URL with a host name.</source>
        <translation>%2 から取得したエンドポイント URL「%1」は、ホスト名を含む有効な http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>No endpoint prefix is known for service %1.</source>
        <translation>サービス %1 のエンドポイントプレフィックスが不明です。</translation>
    </message>
</context>
<context>
    <name>kinescope::FragmentListJob</name>
    <message>
        <source>List fragments of %1</source>
        <translation>%1 のフラグメント一覧を取得</translation>
    </message>
    <message>
        <source>Name the stream by its name or its ARN (exactly one).</source>
        <translation>ストリームは名前か ARN のどちらか一方だけで指定してください。</translation>
    </message>
    <message>
        <source>The end of the time range is before its start.</source>
        <translation>時間範囲の終了が開始より前になっています。</translation>
    </message>
    <message numerus="yes">
        <source>%n fragment(s) in %1 of %2 time ranges</source>
        <translation>
            <numerusform>%n 個のフラグメント (時間範囲 %2 件中 %1 件)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::FragmentTableModel</name>
    <message>
        <source>error %1: %2</source>
        <translation>エラー %1: %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Fragment number</source>
        <translation>フラグメント番号</translation>
    </message>
    <message>
        <source>Server time (UTC)</source>
        <translation>サーバー時刻 (UTC)</translation>
    </message>
    <message>
        <source>Producer time (UTC)</source>
        <translation>プロデューサー時刻 (UTC)</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>長さ (ms)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>フレーム数</translation>
    </message>
    <message>
        <source>Keyframe at</source>
        <translation>キーフレーム位置</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト数</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>kinescope::FragmentTableView</name>
    <message>
        <source>Filter fragments (number or time)</source>
        <translation>フラグメントを絞り込み (番号または時刻)</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>行をコピー</translation>
    </message>
    <message>
        <source>%1 fragments</source>
        <translation>フラグメント %1 個</translation>
    </message>
</context>
<context>
    <name>kinescope::FrameTableModel</name>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>PTS</source>
        <translation>PTS</translation>
    </message>
    <message>
        <source>DTS</source>
        <translation>DTS</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>時刻 (秒)</translation>
    </message>
    <message>
        <source>Keyframe</source>
        <translation>キーフレーム</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
</context>
<context>
    <name>kinescope::HexView</name>
    <message numerus="yes">
        <source>%n byte(s) at offset %1 (0x%2), header %3 highlighted</source>
        <translation>
            <numerusform>オフセット %1 (0x%2) から %n バイト、ヘッダー %3 バイトを強調表示</numerusform>
        </translation>
    </message>
    <message>
        <source>— showing the first %1 bytes</source>
        <translation>— 先頭 %1 バイトを表示</translation>
    </message>
    <message>
        <source>Select an element to see its bytes.</source>
        <translation>要素を選択すると、そのバイト列が表示されます。</translation>
    </message>
</context>
<context>
    <name>kinescope::ImageRequest</name>
    <message>
        <source>The end of the image range is before its start.</source>
        <translation>画像範囲の終了が開始より前になっています。</translation>
    </message>
    <message>
        <source>The sampling interval must be between 3000 and 20000 milliseconds.</source>
        <translation>サンプリング間隔は 3000～20000 ミリ秒の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100.</source>
        <translation>JPEG 品質は 1～100 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>A quality applies to JPEG images only.</source>
        <translation>品質の指定は JPEG 画像にのみ適用されます。</translation>
    </message>
    <message>
        <source>Give the image height together with the width.</source>
        <translation>画像の高さは幅と一緒に指定してください。</translation>
    </message>
    <message>
        <source>The image width must be between 1 and 3840 pixels.</source>
        <translation>画像の幅は 1～3840 ピクセルの範囲で指定してください。</translation>
    </message>
    <message>
        <source>The image height must be between 1 and 2160 pixels.</source>
        <translation>画像の高さは 1～2160 ピクセルの範囲で指定してください。</translation>
    </message>
    <message>
        <source>At most 100 images can be asked for per page.</source>
        <translation>1 ページあたりに要求できる画像は最大 100 枚です。</translation>
    </message>
</context>
<context>
    <name>kinescope::ImagesThumbnailJob</name>
    <message>
        <source>Thumbnails of %1</source>
        <translation>%1 のサムネイル</translation>
    </message>
    <message>
        <source>Asking AWS for images</source>
        <translation>AWS に画像を要求しています</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 枚の画像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::InspectorPanel</name>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Inspect a local Matroska, WebM or MP4 file</source>
        <translation>ローカルの Matroska、WebM、MP4 ファイルを検査します</translation>
    </message>
    <message>
        <source>No file — use Open… to inspect a Matroska, WebM or MP4 file.</source>
        <translation>ファイルがありません — 「開く…」で Matroska、WebM、MP4 ファイルを開いて検査してください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Keyframes only</source>
        <translation>キーフレームのみ</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>フラグメント</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>Frames and keyframes:</source>
        <translation>フレームとキーフレーム:</translation>
    </message>
    <message>
        <source>Inspect a media file</source>
        <translation>メディアファイルを検査</translation>
    </message>
    <message>
        <source>Media files (*.mkv *.webm *.mka *.mp4 *.m4s *.m4v *.m4a *.mov *.mp4v *.cmfv *.ts *.bin)</source>
        <translation>メディアファイル (*.mkv *.webm *.mka *.mp4 *.m4s *.m4v *.m4a *.mov *.mp4v *.cmfv *.ts *.bin)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Reading… %1 of %2</source>
        <translation>読み込み中… %1 / %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n element(s)</source>
        <translation>
            <numerusform>%1 · %n 個の要素</numerusform>
        </translation>
    </message>
    <message>
        <source>Matroska</source>
        <translation>Matroska</translation>
    </message>
    <message>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>不明な形式</translation>
    </message>
    <message numerus="yes">
        <source>%n EBML document(s)</source>
        <translation>
            <numerusform>%n 個の EBML ドキュメント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n 個のトラック</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) (%1 keyframes)</source>
        <translation>
            <numerusform>%n フレーム (キーフレーム %1 個)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fragment(s)</source>
        <translation>
            <numerusform>%n 個のフラグメント</numerusform>
        </translation>
    </message>
    <message>
        <source>KVS stream</source>
        <translation>KVS ストリーム</translation>
    </message>
    <message>
        <source>Canceled after %1 bytes; what was read until then is shown.</source>
        <translation>%1 バイトの時点でキャンセルしました。それまでに読み込んだ内容を表示しています。</translation>
    </message>
    <message>
        <source>Not a Matroska or MP4 stream (%1).</source>
        <translation>Matroska または MP4 のストリームではありません (%1)。</translation>
    </message>
    <message>
        <source>The stream is truncated or corrupt (%1). Everything read before the error is shown.</source>
        <translation>ストリームが途中で切れているか、破損しています (%1)。エラーの前までに読み込んだ内容をすべて表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>The tree keeps only the first %n element(s).</source>
        <translation>
            <numerusform>ツリーには先頭の %n 個の要素だけが保持されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bytes at offset %1 could not be read.</source>
        <translation>オフセット %1 のバイト列を読み込めませんでした。</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(more)</source>
        <translation>(その他)</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) not kept</source>
        <translation>
            <numerusform>%n 個のタグは保持されていません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::InspectorWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Kinescope — Inspector</source>
        <translation>Kinescope — インスペクター</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>kinescope::Job</name>
    <message>
        <source>Canceled by the user.</source>
        <translation>ユーザーによってキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>kinescope::JobListModel</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>kinescope::JobsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>すべてキャンセル</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>終了したジョブをクリア</translation>
    </message>
</context>
<context>
    <name>kinescope::KeyframeDecoder</name>
    <message>
        <source>Could not decode a picture: %1</source>
        <translation>画像をデコードできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kinescope::KeyframeStrip</name>
    <message>
        <source>Frames along time; keyframes are the tall marks. Click to select a frame.</source>
        <translation>時間軸に沿ったフレームです。背の高いマークがキーフレームです。クリックするとフレームを選択します。</translation>
    </message>
    <message>
        <source>No frames</source>
        <translation>フレームなし</translation>
    </message>
    <message>
        <source>bytes %1 – %2</source>
        <translation>バイト %1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 s)</source>
        <translation>%1 – %2 (%3 秒)</translation>
    </message>
    <message>
        <source>%1 s – %2 s</source>
        <translation>%1 秒 – %2 秒</translation>
    </message>
    <message>
        <source>track %1 · %2</source>
        <translation>トラック %1 · %2</translation>
    </message>
</context>
<context>
    <name>kinescope::KvsClient</name>
    <message>
        <source>%1 returned an unreadable response: %2</source>
        <translation>%1 が読み取れない応答を返しました: %2</translation>
    </message>
    <message>
        <source>Name the stream by its name or its ARN (exactly one).</source>
        <translation>ストリームは名前か ARN のどちらか一方だけで指定してください。</translation>
    </message>
    <message>
        <source>Ask for between 1 and 1000 fragments at a time.</source>
        <translation>一度に要求するフラグメント数は 1～1000 にしてください。</translation>
    </message>
</context>
<context>
    <name>kinescope::LocalThumbnailJob</name>
    <message>
        <source>Local thumbnails of %1</source>
        <translation>%1 のローカルサムネイル</translation>
    </message>
    <message>
        <source>The thumbnail decoder is not running.</source>
        <translation>サムネイルデコーダーが動作していません。</translation>
    </message>
    <message>
        <source>Fetching fragments</source>
        <translation>フラグメントを取得しています</translation>
    </message>
    <message>
        <source>%1 of %2 fragments decoded</source>
        <translation>%2 個中 %1 個のフラグメントをデコードしました</translation>
    </message>
</context>
<context>
    <name>kinescope::LogModel</name>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>エラー種別</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>リクエスト ID</translation>
    </message>
</context>
<context>
    <name>kinescope::LogPanel</name>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>kinescope::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>フラグメント</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh streams</source>
        <translation>ストリームを更新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load fragments</source>
        <translation>フラグメントを再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Inspect a media file…</source>
        <translation>メディアファイルを検査(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kinescope</source>
        <translation>Kinescope について(&amp;A)</translation>
    </message>
    <message>
        <source>About Kinescope</source>
        <translation>Kinescope について</translation>
    </message>
    <message>
        <source>Kinescope %1 — a review desk for Amazon Kinesis Video Streams.</source>
        <translation>Kinescope %1 — Amazon Kinesis Video Streams 用のレビューデスク。</translation>
    </message>
    <message>
        <source>Kinescope</source>
        <translation>Kinescope</translation>
    </message>
    <message>
        <source>%1 — Kinescope</source>
        <translation>%1 — Kinescope</translation>
    </message>
</context>
<context>
    <name>kinescope::PlaybackEngine</name>
    <message>
        <source>This stream cannot be played backwards by the media framework; going back steps through it instead.</source>
        <translation>メディアフレームワークではこのストリームを逆再生できません。代わりにコマ戻しで後退します。</translation>
    </message>
    <message>
        <source>The media could not be played.</source>
        <translation>メディアを再生できませんでした。</translation>
    </message>
    <message>
        <source>The video uses a codec this computer cannot decode: the media framework (GStreamer) has no decoder for it. Check the stream&apos;s codec (H.264 and H.265 play when gstreamer1.0-libav is installed).</source>
        <translation>この映像は、このコンピューターでデコードできないコーデックを使用しています: メディアフレームワーク (GStreamer) に対応するデコーダーがありません。ストリームのコーデックを確認してください (H.264 と H.265 は gstreamer1.0-libav をインストールすると再生できます)。</translation>
    </message>
    <message>
        <source>The player could not fetch the stream: the streaming session has expired or was revoked, or its media is gone. Start the session again.</source>
        <translation>プレーヤーがストリームを取得できませんでした: ストリーミングセッションの有効期限が切れたか取り消されたか、メディアが存在しなくなっています。セッションを再度開始してください。</translation>
    </message>
    <message>
        <source>A network error interrupted the stream. Check the connection and start the session again.</source>
        <translation>ネットワークエラーによりストリームが中断されました。接続を確認して、セッションを再度開始してください。</translation>
    </message>
    <message>
        <source>The media could not be read: it is not in a format the player supports or holds no playable video.</source>
        <translation>メディアを読み込めませんでした: プレーヤーが対応していない形式か、再生可能な映像が含まれていません。</translation>
    </message>
    <message>
        <source>The stream delivered no data the player could use (the server may be unreachable or the session URL invalid).</source>
        <translation>ストリームからプレーヤーが使用できるデータが届きませんでした (サーバーに到達できないか、セッション URL が無効な可能性があります)。</translation>
    </message>
    <message>
        <source>Playback failed.</source>
        <translation>再生に失敗しました。</translation>
    </message>
    <message>
        <source>(Media framework: %1)</source>
        <translation>(メディアフレームワーク: %1)</translation>
    </message>
</context>
<context>
    <name>kinescope::PlayerPanel</name>
    <message>
        <source>Player</source>
        <translation>プレーヤー</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connect to AWS (or start the demo) first.</source>
        <translation>先に AWS に接続してください (またはデモを開始してください)。</translation>
    </message>
    <message>
        <source>(part %1 of %2)</source>
        <translation>(パート %1/%2)</translation>
    </message>
    <message>
        <source>Session renewed before it expired.</source>
        <translation>有効期限が切れる前にセッションを更新しました。</translation>
    </message>
    <message>
        <source>Nothing to play</source>
        <translation>再生するものがありません</translation>
    </message>
    <message>
        <source>End of the range.</source>
        <translation>範囲の終わりです。</translation>
    </message>
    <message>
        <source>Loading the next part…</source>
        <translation>次のパートを読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Play or pause; with nothing loaded, plays the selection (ON_DEMAND) or from the playhead (LIVE_REPLAY)</source>
        <translation>再生または一時停止します。何も読み込まれていない場合は、選択範囲 (ON_DEMAND) または再生ヘッドの位置から (LIVE_REPLAY) 再生します</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop playing and end the streaming session</source>
        <translation>再生を停止し、ストリーミングセッションを終了します</translation>
    </message>
    <message>
        <source>Frame back</source>
        <translation>コマ戻し</translation>
    </message>
    <message>
        <source>Step one frame back</source>
        <translation>1 フレーム戻ります</translation>
    </message>
    <message>
        <source>Frame forward</source>
        <translation>コマ送り</translation>
    </message>
    <message>
        <source>Step one frame forward</source>
        <translation>1 フレーム進みます</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Play backwards; each press doubles the speed up to 16×. Uses the media framework&apos;s reverse playback; where a stream cannot play backwards, steps back through it instead</source>
        <translation>逆再生します。押すたびに速度が 2 倍になります (最大 16×)。メディアフレームワークの逆再生を使用し、逆再生できないストリームでは代わりにコマ戻しで後退します</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Play forward; each press doubles the speed up to 16×</source>
        <translation>順方向に再生します。押すたびに速度が 2 倍になります (最大 16×)</translation>
    </message>
    <message>
        <source>A LIVE session plays at the live edge and cannot go faster than 1×.</source>
        <translation>LIVE セッションはライブエッジで再生されるため、1× より速く再生できません。</translation>
    </message>
    <message>
        <source>Previous gap edge</source>
        <translation>前のギャップ境界</translation>
    </message>
    <message>
        <source>Jump to where the previous gap in the recording starts or ends</source>
        <translation>録画内の前のギャップの開始位置または終了位置へ移動します</translation>
    </message>
    <message>
        <source>Next gap edge</source>
        <translation>次のギャップ境界</translation>
    </message>
    <message>
        <source>Jump to where the next gap in the recording starts or ends</source>
        <translation>録画内の次のギャップの開始位置または終了位置へ移動します</translation>
    </message>
    <message>
        <source>Session…</source>
        <translation>セッション…</translation>
    </message>
    <message>
        <source>Choose every streaming session parameter (protocol, mode, clock, container, expiry, …) and play</source>
        <translation>ストリーミングセッションのすべてのパラメーター (プロトコル、モード、時刻基準、コンテナー、有効期限、…) を選んで再生します</translation>
    </message>
    <message>
        <source>Position in the media being played</source>
        <translation>再生中のメディア内の位置</translation>
    </message>
    <message>
        <source>Playback speed. Negative speeds play backwards.</source>
        <translation>再生速度。負の速度では逆再生します。</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>何も選択されていません</translation>
    </message>
    <message>
        <source>Select a range on the timeline or in the fragment table (I and O keys), then press Play.</source>
        <translation>タイムラインまたはフラグメント表で範囲を選択し (I キーと O キー)、「再生」を押してください。</translation>
    </message>
    <message>
        <source>No playhead</source>
        <translation>再生ヘッドがありません</translation>
    </message>
    <message>
        <source>Click on the timeline or the thumbnails to place the playhead, or select a range, then press Play.</source>
        <translation>タイムラインまたはサムネイルをクリックして再生ヘッドを置くか、範囲を選択してから「再生」を押してください。</translation>
    </message>
    <message>
        <source>Cannot start the session</source>
        <translation>セッションを開始できません</translation>
    </message>
    <message>
        <source>No stream selected</source>
        <translation>ストリームが選択されていません</translation>
    </message>
    <message>
        <source>Pick a stream in the stream browser first.</source>
        <translation>先にストリームブラウザーでストリームを選択してください。</translation>
    </message>
    <message>
        <source>Starting a streaming session…</source>
        <translation>ストリーミングセッションを開始しています…</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>(server clock)</source>
        <translation>(サーバー時刻)</translation>
    </message>
    <message>
        <source>(producer clock)</source>
        <translation>(プロデューサー時刻)</translation>
    </message>
    <message>
        <source>Loading video…</source>
        <translation>映像を読み込んでいます…</translation>
    </message>
    <message>
        <source>Waiting for the first frame from the stream.</source>
        <translation>ストリームからの最初のフレームを待っています。</translation>
    </message>
    <message>
        <source>A LIVE session plays at the live edge and cannot go faster than 1×; use LIVE_REPLAY or ON_DEMAND for fast playback.</source>
        <translation>LIVE セッションはライブエッジで再生されるため、1× より速く再生できません。高速再生には LIVE_REPLAY または ON_DEMAND を使用してください。</translation>
    </message>
    <message>
        <source>No gap after this point in the loaded range.</source>
        <translation>読み込んだ範囲には、この位置より後にギャップがありません。</translation>
    </message>
    <message>
        <source>No gap before this point in the loaded range.</source>
        <translation>読み込んだ範囲には、この位置より前にギャップがありません。</translation>
    </message>
    <message>
        <source>The playhead is outside what is playing; press Play to start there.</source>
        <translation>再生ヘッドが再生中の範囲の外にあります。「再生」を押すと、その位置から再生を開始します。</translation>
    </message>
    <message>
        <source>Playback stopped</source>
        <translation>再生停止</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Asked for %1, but the stream plays at about %2: it cannot be fetched or decoded faster.</source>
        <translation>%1 を指定しましたが、ストリームは約 %2 で再生されています: これより速く取得またはデコードすることはできません。</translation>
    </message>
    <message>
        <source>No video yet</source>
        <translation>まだ映像がありません</translation>
    </message>
    <message>
        <source>The stream has delivered no picture for %1 seconds. The range may hold no fragments, or the server is slow; press Stop or pick another range.</source>
        <translation>ストリームから %1 秒間映像が届いていません。範囲にフラグメントがないか、サーバーの応答が遅い可能性があります。「停止」を押すか、別の範囲を選択してください。</translation>
    </message>
    <message>
        <source>Connect to AWS (or start the demo), pick a stream, then press Play.</source>
        <translation>AWS に接続し (またはデモを開始し)、ストリームを選択してから「再生」を押してください。</translation>
    </message>
    <message>
        <source>Pick a stream in the stream browser.</source>
        <translation>ストリームブラウザーでストリームを選択してください。</translation>
    </message>
    <message>
        <source>Ready to play</source>
        <translation>再生準備完了</translation>
    </message>
    <message>
        <source>Press Play (Space) to watch the selection %1 – %2 on demand.</source>
        <translation>「再生」(Space) を押すと、選択範囲 %1 – %2 をオンデマンドで再生します。</translation>
    </message>
    <message>
        <source>Select a range on the timeline and press Play (Space), or press Play to watch from the playhead.</source>
        <translation>タイムラインで範囲を選択して「再生」(Space) を押すか、「再生」を押して再生ヘッドの位置から再生してください。</translation>
    </message>
    <message>
        <source>A LIVE session cannot play faster than the live edge.</source>
        <translation>LIVE セッションはライブエッジより速く再生できません。</translation>
    </message>
</context>
<context>
    <name>kinescope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>The language changes the next time Kinescope starts.</source>
        <translation>言語の変更は、Kinescope の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>kinescope::ProfileDialog</name>
    <message>
        <source>Kinescope profiles</source>
        <translation>Kinescope プロファイル</translation>
    </message>
    <message>
        <source>optional, e.g. us-east-1</source>
        <translation>省略可、例: us-east-1</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:4566</source>
        <translation>省略可、例: http://127.0.0.1:4566</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation>アクセスキー ID(&amp;K):</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>シークレットアクセスキー(&amp;E):</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>リージョン(&amp;G):</translation>
    </message>
    <message>
        <source>E&amp;ndpoint URL:</source>
        <translation>エンドポイント URL(&amp;N):</translation>
    </message>
    <message>
        <source>The secret access key is stored in the OS keychain, never in Kinescope&apos;s settings.</source>
        <translation>シークレットアクセスキーは OS のキーチェーンに保存され、Kinescope の設定には保存されません。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Give the profile a name without spaces, slashes or brackets.</source>
        <translation>プロファイル名には空白、スラッシュ、括弧を含めないでください。</translation>
    </message>
    <message>
        <source>A profile named %1 exists already; select it to edit it.</source>
        <translation>%1 という名前のプロファイルは既に存在します。編集するには、そのプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>Enter the access key id.</source>
        <translation>アクセスキー ID を入力してください。</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>シークレットアクセスキーを入力してください。</translation>
    </message>
    <message>
        <source>The endpoint URL must look like https://host[:port].</source>
        <translation>エンドポイント URL は https://host[:port] の形式で指定してください。</translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation>プロファイル %1 を保存しました。</translation>
    </message>
    <message>
        <source>Saving the secret key in the %1…</source>
        <translation>%1 にシークレットキーを保存しています…</translation>
    </message>
    <message>
        <source>The profile %1 was not saved: %2 Kinescope keeps secret keys only in the OS keychain; make a keychain available (for example GNOME Keyring or KWallet) or use a profile in ~/.aws/credentials.</source>
        <translation>プロファイル %1 は保存されませんでした: %2 Kinescope はシークレットキーを OS のキーチェーンにのみ保存します。キーチェーンを使用できるようにする (例: GNOME Keyring や KWallet) か、~/.aws/credentials のプロファイルを使用してください。</translation>
    </message>
    <message>
        <source>Removing the secret key from the %1…</source>
        <translation>%1 からシークレットキーを削除しています…</translation>
    </message>
    <message>
        <source>The profile %1 was not removed: %2</source>
        <translation>プロファイル %1 は削除されませんでした: %2</translation>
    </message>
    <message>
        <source>Removed profile %1.</source>
        <translation>プロファイル %1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>kinescope::ReviewFragmentModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Server time minus producer time</source>
        <translation>サーバー時刻からプロデューサー時刻を引いた値</translation>
    </message>
    <message>
        <source>Fragment number</source>
        <translation>フラグメント番号</translation>
    </message>
    <message>
        <source>Producer time</source>
        <translation>プロデューサー時刻</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>サーバー時刻</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>ドリフト</translation>
    </message>
</context>
<context>
    <name>kinescope::ReviewLoader</name>
    <message>
        <source>Opening the fragment cache</source>
        <translation>フラグメントキャッシュを開いています</translation>
    </message>
    <message>
        <source>Describing stream %1</source>
        <translation>ストリーム %1 の情報を取得しています</translation>
    </message>
    <message>
        <source>Listing fragments of %1</source>
        <translation>%1 のフラグメント一覧を取得しています</translation>
    </message>
    <message>
        <source>%1 has no fragments between %2 and %3. Pick another time range, or check that the camera is sending.</source>
        <translation>%1 には %2 から %3 までの間にフラグメントがありません。別の時間範囲を選択するか、カメラが送信しているか確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n fragment(s) of %1 loaded</source>
        <translation>
            <numerusform>%1 のフラグメントを %n 個読み込みました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::SearchBar</name>
    <message>
        <source>Find element by name, ID or tag value (Enter: next)</source>
        <translation>名前、ID、タグの値で要素を検索 (Enter: 次へ)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次の一致 (Enter)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
</context>
<context>
    <name>kinescope::SessionDialog</name>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Streaming session</source>
        <translation>ストリーミングセッション</translation>
    </message>
    <message>
        <source>HLS (AWS default)</source>
        <translation>HLS (AWS の既定)</translation>
    </message>
    <message>
        <source>DASH</source>
        <translation>DASH</translation>
    </message>
    <message>
        <source>LIVE — the newest fragments (AWS default)</source>
        <translation>LIVE — 最新のフラグメント (AWS の既定)</translation>
    </message>
    <message>
        <source>LIVE_REPLAY — from a start time on</source>
        <translation>LIVE_REPLAY — 開始時刻以降</translation>
    </message>
    <message>
        <source>ON_DEMAND — a fixed range</source>
        <translation>ON_DEMAND — 固定範囲</translation>
    </message>
    <message>
        <source>Server timestamps (AWS default)</source>
        <translation>サーバータイムスタンプ (AWS の既定)</translation>
    </message>
    <message>
        <source>Producer timestamps</source>
        <translation>プロデューサータイムスタンプ</translation>
    </message>
    <message>
        <source>Fragmented MP4 (AWS default)</source>
        <translation>フラグメント化 MP4 (AWS の既定)</translation>
    </message>
    <message>
        <source>MPEG-TS</source>
        <translation>MPEG-TS</translation>
    </message>
    <message>
        <source>NEVER (AWS default)</source>
        <translation>NEVER (AWS の既定)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds until the session URL expires: 300 (AWS default) to 43200. The player renews sessions before they expire.</source>
        <translation>セッション URL の有効期限までの秒数: 300 (AWS の既定)～43200。プレーヤーは有効期限が切れる前にセッションを更新します。</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Clock (fragment selector)</source>
        <translation>時刻基準 (フラグメントセレクター)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Container (HLS)</source>
        <translation>コンテナー (HLS)</translation>
    </message>
    <message>
        <source>Discontinuity mode (HLS)</source>
        <translation>不連続モード (HLS)</translation>
    </message>
    <message>
        <source>Display fragment timestamps</source>
        <translation>フラグメントのタイムスタンプ表示</translation>
    </message>
    <message>
        <source>Display fragment numbers (DASH)</source>
        <translation>フラグメント番号の表示 (DASH)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Max fragments</source>
        <translation>最大フラグメント数</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>DASH sessions are always fragmented MP4.</source>
        <translation>DASH セッションは常にフラグメント化 MP4 です。</translation>
    </message>
    <message>
        <source>The discontinuity mode applies to HLS only.</source>
        <translation>不連続モードは HLS にのみ適用されます。</translation>
    </message>
    <message>
        <source>Fragment numbers can be displayed in DASH manifests only.</source>
        <translation>フラグメント番号は DASH マニフェストでのみ表示できます。</translation>
    </message>
    <message>
        <source>A LIVE session plays the newest fragments.</source>
        <translation>LIVE セッションは最新のフラグメントを再生します。</translation>
    </message>
    <message>
        <source>A LIVE session takes no time range.</source>
        <translation>LIVE セッションには時間範囲を指定できません。</translation>
    </message>
    <message>
        <source>An ON_DEMAND session needs an end time.</source>
        <translation>ON_DEMAND セッションには終了時刻が必要です。</translation>
    </message>
    <message>
        <source>LIVE plays the most recent fragments; no range.</source>
        <translation>LIVE は最新のフラグメントを再生します (範囲指定なし)。</translation>
    </message>
    <message>
        <source>Without an end, the session keeps adding newly ingested fragments until it expires.</source>
        <translation>終了を指定しない場合、セッションは有効期限が切れるまで、新たに取り込まれたフラグメントを追加し続けます。</translation>
    </message>
    <message>
        <source>Times are local (%1); UTC %2 – %3. At most 24 hours.</source>
        <translation>時刻はローカル時刻 (%1) です。UTC では %2 – %3。最大 24 時間です。</translation>
    </message>
    <message>
        <source>AWS default (%1)</source>
        <translation>AWS の既定 (%1)</translation>
    </message>
</context>
<context>
    <name>kinescope::SessionManager</name>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>プロデューサー</translation>
    </message>
    <message numerus="yes">
        <source> This computer&apos;s clock differs from AWS&apos;s by %n second(s).</source>
        <translation>
            <numerusform>このコンピューターの時計は AWS の時刻と %n 秒ずれています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a stream to play.</source>
        <translation>再生するストリームを選択してください。</translation>
    </message>
    <message>
        <source>The streaming session expired or was revoked (HTTP %1); Kinescope is opening a new one.</source>
        <translation>ストリーミングセッションの有効期限が切れたか、取り消されました (HTTP %1)。Kinescope が新しいセッションを開いています。</translation>
    </message>
    <message>
        <source>The player could not fetch the session&apos;s media (HTTP %1: %2); Kinescope is opening a new session.</source>
        <translation>プレーヤーがセッションのメディアを取得できませんでした (HTTP %1: %2)。Kinescope が新しいセッションを開いています。</translation>
    </message>
    <message>
        <source>The start time %1 is in the future by AWS&apos;s clock (it is %2 there): there is nothing to play yet.%3</source>
        <translation>開始時刻 %1 は AWS の時刻では未来です (AWS では現在 %2): まだ再生できるものはありません。%3</translation>
    </message>
    <message>
        <source>%1 keeps no archive (its data retention is 0 hours), so there is nothing a streaming session could play. Set a data retention on the stream.</source>
        <translation>%1 はアーカイブを保持していない (データ保持期間が 0 時間) ため、ストリーミングセッションで再生できるものがありません。ストリームにデータ保持期間を設定してください。</translation>
    </message>
    <message numerus="yes">
        <source>The range ends before the stream&apos;s %n-hour retention: fragments older than %1 have been deleted.</source>
        <translation>
            <numerusform>範囲がストリームの保持期間 (%n 時間) より前に終わっています: %1 より古いフラグメントは削除されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>No footage was recorded between %1 and %2 (%3 clock): the fragment index has no fragments there.</source>
        <translation>%1 から %2 まで (%3時刻) の間には何も録画されていません: フラグメントインデックスにはその区間のフラグメントがありません。</translation>
    </message>
    <message>
        <source>%1 already has %2 live streaming sessions, the most AWS allows per stream (a session stays live until it expires, played or not). Playback continues at %3, when the next one expires.</source>
        <translation>%1 には既に %2 個のライブストリーミングセッションがあり、これは AWS がストリームごとに許可する上限です (セッションは再生の有無にかかわらず、有効期限まで存続します)。次のセッションの有効期限が切れる %3 に再生を続行します。</translation>
    </message>
    <message>
        <source> between %1 and %2 (%3 clock)</source>
        <translation> (%1 ～ %2、%3時刻)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Nothing to play: AWS found no fragments%1. The camera recorded nothing there, or the footage has aged out of the retention period.</source>
        <translation>再生するものがありません: AWS はフラグメントを見つけられませんでした%1。その区間にカメラが何も録画しなかったか、映像が保持期間を過ぎて削除されています。</translation>
    </message>
    <message>
        <source>The stream does not exist in this account and region. Check its name and the selected region.</source>
        <translation>このアカウントとリージョンにはストリームが存在しません。ストリーム名と選択中のリージョンを確認してください。</translation>
    </message>
    <message>
        <source>The stream keeps no archive (its data retention is 0 hours), so there is nothing a streaming session could play. Set a data retention on the stream.</source>
        <translation>このストリームはアーカイブを保持していない (データ保持期間が 0 時間) ため、ストリーミングセッションで再生できるものがありません。ストリームにデータ保持期間を設定してください。</translation>
    </message>
    <message>
        <source>AWS refused the time range%1: %2 Check the start and end times and the clock (server or producer).%3</source>
        <translation>AWS が時間範囲%1を拒否しました: %2 開始時刻と終了時刻、および時刻基準 (サーバーまたはプロデューサー) を確認してください。%3</translation>
    </message>
    <message>
        <source>AWS refused a session parameter: %1</source>
        <translation>AWS がセッションパラメーターを拒否しました: %1</translation>
    </message>
    <message>
        <source>The stream&apos;s media cannot be played as HLS or DASH: only H.264 or H.265 video (with optional AAC or G.711 audio) in Matroska fragments can be streamed.</source>
        <translation>このストリームのメディアは HLS または DASH として再生できません: ストリーミングできるのは、Matroska フラグメント内の H.264 または H.265 映像 (AAC または G.711 音声は任意) だけです。</translation>
    </message>
    <message>
        <source>The fragments carry no codec private data (the decoder configuration), so no player can decode them. The camera or producer must send it with the video.</source>
        <translation>フラグメントにコーデックプライベートデータ (デコーダーの設定) が含まれていないため、どのプレーヤーでもデコードできません。カメラまたはプロデューサーが映像と一緒に送信する必要があります。</translation>
    </message>
    <message>
        <source>The fragments&apos; codec private data is invalid or unsupported (for example a profile or track layout HLS/DASH cannot carry), so the video cannot be played.</source>
        <translation>フラグメントのコーデックプライベートデータが無効か、サポートされていない (例: HLS/DASH で扱えないプロファイルやトラック構成) ため、映像を再生できません。</translation>
    </message>
    <message>
        <source>AWS refused another streaming session: a stream allows at most 10 live sessions, and each stays live until it expires. Wait for one to expire, or use a shorter Expires.</source>
        <translation>AWS が新たなストリーミングセッションを拒否しました: 1 つのストリームで使用できるライブセッションは最大 10 個で、各セッションは有効期限まで存続します。いずれかの有効期限が切れるのを待つか、より短い「有効期限」を指定してください。</translation>
    </message>
    <message>
        <source>The credentials in use may not open streaming sessions for this stream (kinesisvideo:Get%1StreamingSessionURL). Ask for the permission or pick another profile.</source>
        <translation>使用中の認証情報では、このストリームのストリーミングセッションを開けません (kinesisvideo:Get%1StreamingSessionURL)。権限を申請するか、別のプロファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>kinescope::StreamBrowser</name>
    <message>
        <source>Filter streams</source>
        <translation>ストリームを絞り込み</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Stream details</source>
        <translation>ストリームの詳細</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation>メディアタイプ:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>保持期間:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>KMS キー:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <source>Listing streams</source>
        <translation>ストリーム一覧を取得しています</translation>
    </message>
    <message>
        <source>This account has no Kinesis video streams in this region.</source>
        <translation>このアカウントには、このリージョンの Kinesis ビデオストリームがありません。</translation>
    </message>
</context>
<context>
    <name>kinescope::StreamListModel</name>
    <message>
        <source>none (live only)</source>
        <translation>なし (ライブのみ)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>メディアタイプ</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保持期間</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>kinescope::StreamingSessionOptions</name>
    <message>
        <source>Expires must be between 300 seconds (5 minutes) and 43200 seconds (12 hours).</source>
        <translation>有効期限は 300 秒 (5 分)～43200 秒 (12 時間) の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The maximum number of fragments must be between 1 and 5000.</source>
        <translation>最大フラグメント数は 1～5000 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>DASH sessions are always fragmented MP4; MPEG-TS is available for HLS only.</source>
        <translation>DASH セッションは常にフラグメント化 MP4 です。MPEG-TS は HLS でのみ使用できます。</translation>
    </message>
    <message>
        <source>Fragment numbers can be displayed in DASH manifests only.</source>
        <translation>フラグメント番号は DASH マニフェストでのみ表示できます。</translation>
    </message>
    <message>
        <source>The discontinuity mode applies to HLS sessions only.</source>
        <translation>不連続モードは HLS セッションにのみ適用されます。</translation>
    </message>
    <message>
        <source>A LIVE session plays the newest fragments and takes no time range; choose LIVE_REPLAY or ON_DEMAND to play from a given time.</source>
        <translation>LIVE セッションは最新のフラグメントを再生するため、時間範囲は指定できません。指定した時刻から再生するには、LIVE_REPLAY または ON_DEMAND を選択してください。</translation>
    </message>
    <message>
        <source>A LIVE_REPLAY session needs a start time.</source>
        <translation>LIVE_REPLAY セッションには開始時刻が必要です。</translation>
    </message>
    <message>
        <source>An ON_DEMAND session needs both a start and an end time.</source>
        <translation>ON_DEMAND セッションには開始時刻と終了時刻の両方が必要です。</translation>
    </message>
    <message>
        <source>The end time must be later than the start time.</source>
        <translation>終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <source>The end time must be within 24 hours of the start time.</source>
        <translation>終了時刻は開始時刻から 24 時間以内にしてください。</translation>
    </message>
</context>
<context>
    <name>kinescope::ThumbnailService</name>
    <message>
        <source>GetImages is not available for %1 (%2); thumbnails are decoded locally.</source>
        <translation>%1 では GetImages を使用できません (%2)。サムネイルはローカルでデコードします。</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>サムネイル</translation>
    </message>
</context>
<context>
    <name>kinescope::ThumbnailStrip</name>
    <message>
        <source>Thumbnails of the visible time range. Click to move the playhead there.</source>
        <translation>表示中の時間範囲のサムネイルです。クリックすると、その位置に再生ヘッドを移動します。</translation>
    </message>
    <message>
        <source>Thumbnails appear here for the time range the timeline shows.</source>
        <translation>タイムラインに表示中の時間範囲のサムネイルがここに表示されます。</translation>
    </message>
    <message>
        <source>No media
(gap)</source>
        <translation>メディアなし
(ギャップ)</translation>
    </message>
    <message>
        <source>Media error</source>
        <translation>メディアエラー</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1
%2 UTC</source>
        <translation>%1
%2 UTC</translation>
    </message>
    <message>
        <source>No media here (NO_MEDIA): the stream has no recording.</source>
        <translation>ここにはメディアがありません (NO_MEDIA): ストリームに録画がありません。</translation>
    </message>
    <message>
        <source>The image could not be made (%1).</source>
        <translation>画像を生成できませんでした (%1)。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>kinescope::Time</name>
    <message>
        <source>&apos;%1&apos; is not a time: use ISO 8601 with a zone (2024-05-01T12:00:00Z, 2024-05-01T14:00:00+02:00) or epoch seconds</source>
        <translation>「%1」は時刻ではありません: タイムゾーン付きの ISO 8601 (2024-05-01T12:00:00Z、2024-05-01T14:00:00+02:00) またはエポック秒を使用してください</translation>
    </message>
</context>
<context>
    <name>kinescope::TimelinePainter</name>
    <message>
        <source>drift</source>
        <extracomment>Name of the timeline band showing server time minus producer time</extracomment>
        <translation>ドリフト</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1…%2 ms</source>
        <extracomment>The drift band&apos;s vertical range, e.g. &quot;+150…+900 ms&quot;</extracomment>
        <translation>%1…%2 ms</translation>
    </message>
</context>
<context>
    <name>kinescope::TimelinePanel</name>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Order and show fragments by server time</source>
        <translation>フラグメントをサーバー時刻で並べて表示します</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>プロデューサー</translation>
    </message>
    <message>
        <source>Order and show fragments by producer time</source>
        <translation>フラグメントをプロデューサー時刻で並べて表示します</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>拡大 (+)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>縮小 (−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>フィット</translation>
    </message>
    <message>
        <source>Fit the selection, or the whole loaded range (F)</source>
        <translation>選択範囲、または読み込んだ範囲全体を表示に合わせます (F)</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>時刻基準:</translation>
    </message>
    <message>
        <source>%1 visible</source>
        <translation>%1 を表示中</translation>
    </message>
</context>
<context>
    <name>kinescope::TimelineTicks</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Ruler label at local midnight (QDateTime format)</extracomment>
        <translation>M月d日 (ddd)</translation>
    </message>
    <message>
        <source>HH:mm:ss</source>
        <extracomment>Ruler label with seconds (QDateTime format)</extracomment>
        <translation>HH:mm:ss</translation>
    </message>
    <message>
        <source>HH:mm:ss.zzz</source>
        <extracomment>Ruler label inside a second (QDateTime format)</extracomment>
        <translation>HH:mm:ss.zzz</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <extracomment>Ruler label on a minute or hour (QDateTime format)</extracomment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>The local date shown at the ruler&apos;s left edge (QDateTime format)</extracomment>
        <translation>yyyy年M月d日 (ddd)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm:ss.zzz</source>
        <extracomment>Hover time in local time (QDateTime format); the zone abbreviation follows</extracomment>
        <translation>yyyy年M月d日 (ddd) HH:mm:ss.zzz</translation>
    </message>
</context>
<context>
    <name>kinescope::TimelineWidget</name>
    <message>
        <source>Coverage timeline</source>
        <translation>録画範囲タイムライン</translation>
    </message>
    <message>
        <source>Recorded coverage and gaps of the loaded range. Wheel zooms at the cursor, Shift+wheel pans, click sets the playhead, drag selects, I and O set the selection at the playhead, F fits.</source>
        <translation>読み込んだ範囲の録画済み区間とギャップです。ホイールでカーソル位置を中心に拡大・縮小、Shift+ホイールでパン、クリックで再生ヘッドを設定、ドラッグで範囲を選択します。I と O で再生ヘッドの位置を選択範囲の開始・終了に設定し、F で表示に合わせます。</translation>
    </message>
    <message>
        <source>No fragments loaded</source>
        <translation>フラグメントが読み込まれていません</translation>
    </message>
    <message>
        <source>No stream selected</source>
        <translation>ストリームが選択されていません</translation>
    </message>
    <message>
        <source>No fragments in the loaded range</source>
        <translation>読み込んだ範囲にフラグメントがありません</translation>
    </message>
    <message>
        <source>Fragment %1</source>
        <translation>フラグメント %1</translation>
    </message>
    <message>
        <source>Duration %1 · drift %2%3 ms</source>
        <translation>長さ %1 · ドリフト %2%3 ms</translation>
    </message>
    <message>
        <source>No recording (gap of %1)</source>
        <translation>録画なし (%1 のギャップ)</translation>
    </message>
</context>
<context>
    <name>kinescope::TrackDetailsView</name>
    <message>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Track %1 (%2)</source>
        <translation>トラック %1 (%2)</translation>
    </message>
    <message>
        <source>Codec ID</source>
        <translation>コーデック ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Time base</source>
        <translation>タイムベース</translation>
    </message>
    <message>
        <source>Container size</source>
        <translation>コンテナー上のサイズ</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>%1 Hz, %2 channel(s)</source>
        <translation>%1 Hz、%2 チャンネル</translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation>既定の長さ</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>Codec private</source>
        <translation>コーデックプライベート</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>デコード結果</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation>クロマ</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>ビット深度</translation>
    </message>
    <message>
        <source>%1 (luma), %2 (chroma)</source>
        <translation>%1 (輝度)、%2 (色差)</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>サンプリングレート</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャンネル数</translation>
    </message>
    <message numerus="yes">
        <source>id %1, %n byte(s)</source>
        <translation>
            <numerusform>ID %1、%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoding error</source>
        <translation>デコードエラー</translation>
    </message>
</context>
<context>
    <name>kinescope::VideoView</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Displays this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>A media file to inspect.</source>
        <translation>検査するメディアファイル。</translation>
    </message>
    <message>
        <source>Kinescope: a review desk for Amazon Kinesis Video Streams. AWS profiles, regions, credentials and endpoints are resolved exactly as kinescope-cli and the AWS CLI do (AWS_* environment variables, ~/.aws/config and ~/.aws/credentials). With FILE, opens the container inspector on a media file instead.</source>
        <translation>Kinescope: Amazon Kinesis Video Streams 用のレビューデスク。AWS のプロファイル、リージョン、認証情報、エンドポイントは、kinescope-cli や AWS CLI とまったく同じ方法で解決されます (AWS_* 環境変数、~/.aws/config、~/.aws/credentials)。FILE を指定すると、代わりにそのメディアファイルをコンテナーインスペクターで開きます。</translation>
    </message>
    <message>
        <source>AWS profile to use.</source>
        <translation>使用する AWS プロファイル。</translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation>AWS リージョン。</translation>
    </message>
    <message>
        <source>Send requests to this endpoint instead of AWS.</source>
        <translation>AWS の代わりにこのエンドポイントにリクエストを送信します。</translation>
    </message>
    <message>
        <source>Open this stream.</source>
        <translation>このストリームを開きます。</translation>
    </message>
    <message>
        <source>Start of the time range to load (ISO 8601 with zone, or epoch seconds). Default: 24 hours before --end or now.</source>
        <translation>読み込む時間範囲の開始 (タイムゾーン付き ISO 8601、またはエポック秒)。既定: --end または現在時刻の 24 時間前。</translation>
    </message>
    <message>
        <source>End of the time range to load. Default: now.</source>
        <translation>読み込む時間範囲の終了。既定: 現在時刻。</translation>
    </message>
    <message>
        <source>Start the bundled kinescope-emulator with its default scenario and show its stream front-door.</source>
        <translation>同梱の kinescope-emulator を既定のシナリオで起動し、そのストリーム front-door を表示します。</translation>
    </message>
</context>
</TS>
