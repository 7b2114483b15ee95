<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>kinescope::ArchivedMediaClient</name>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation>No se pudo mover %1 a %2: %3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>kinescope::AwsClient</name>
    <message>
        <source>The server&apos;s TLS certificate could not be verified: %1</source>
        <translation>No se pudo verificar el certificado TLS del servidor: %1</translation>
    </message>
    <message>
        <source>Could not write the downloaded data: %1</source>
        <translation>No se pudieron escribir los datos descargados: %1</translation>
    </message>
</context>
<context>
    <name>kinescope::AwsError</name>
    <message>
        <source>Could not reach AWS. Check the network connection, the proxy settings and the endpoint URL.</source>
        <translation>No se pudo contactar con AWS. Compruebe la conexión de red, la configuración del proxy y la URL del punto de enlace.</translation>
    </message>
    <message>
        <source>AWS did not answer in time. Try again; if it keeps happening, check the network or choose a shorter time range.</source>
        <translation>AWS no respondió a tiempo. Vuelva a intentarlo; si sigue ocurriendo, compruebe la red o elija un intervalo de tiempo más corto.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No usable AWS credentials were found.</source>
        <translation>No se encontraron credenciales de AWS utilizables.</translation>
    </message>
    <message>
        <source>AWS sent a response Kinescope could not read.</source>
        <translation>AWS envió una respuesta que Kinescope no pudo leer.</translation>
    </message>
    <message>
        <source>AWS is throttling requests (%1). Kinescope retried with backoff; wait a moment and try again, or fetch a shorter range.</source>
        <translation>AWS está limitando las solicitudes (%1). Kinescope reintentó con esperas progresivas; espere un momento y vuelva a intentarlo, u obtenga un intervalo más corto.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from AWS&apos;s. Correct the system time and try again.</source>
        <translation>El reloj de este equipo difiere demasiado del de AWS. Corrija la hora del sistema y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The stream or resource does not exist in this account and region. Check the name and the selected region.</source>
        <translation>La secuencia o el recurso no existe en esta cuenta y región. Compruebe el nombre y la región seleccionada.</translation>
    </message>
    <message>
        <source>The credentials in use are not allowed to do this. Ask for the IAM permission, or pick another profile.</source>
        <translation>Las credenciales en uso no tienen permiso para hacer esto. Solicite el permiso de IAM o elija otro perfil.</translation>
    </message>
    <message>
        <source>AWS rejected the credentials. Check the access key and secret of the profile, or sign in again.</source>
        <translation>AWS rechazó las credenciales. Compruebe la clave de acceso y la clave secreta del perfil, o vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The session credentials have expired. Sign in again (for SSO profiles: aws sso login) and retry.</source>
        <translation>Las credenciales de la sesión han caducado. Vuelva a iniciar sesión (para perfiles SSO: aws sso login) y reintente.</translation>
    </message>
    <message>
        <source>AWS rejected a parameter of the request.</source>
        <translation>AWS rechazó un parámetro de la solicitud.</translation>
    </message>
    <message>
        <source>The stream does not retain data, so there is no archived media to show. Enable data retention on the stream.</source>
        <translation>La secuencia no conserva datos, así que no hay contenido archivado que mostrar. Active la retención de datos en la secuencia.</translation>
    </message>
    <message>
        <source>AWS had an internal problem (HTTP %1). Try again in a moment.</source>
        <translation>AWS tuvo un problema interno (HTTP %1). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The request failed with %1.</source>
        <translation>La solicitud falló con %1.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>AWS said: %1</source>
        <translation>Respuesta de AWS: %1</translation>
    </message>
</context>
<context>
    <name>kinescope::ConnectionPanel</name>
    <message>
        <source>Profiles…</source>
        <translation>Perfiles…</translation>
    </message>
    <message>
        <source>Add, edit or remove profiles kept by Kinescope (secret keys in the OS keychain)</source>
        <translation>Añadir, editar o eliminar los perfiles que guarda Kinescope (claves secretas en el llavero del sistema)</translation>
    </message>
    <message>
        <source>from the profile or AWS_REGION</source>
        <translation>del perfil o de AWS_REGION</translation>
    </message>
    <message>
        <source>AWS (default)</source>
        <translation>AWS (predeterminado)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>URL del punto de &amp;enlace:</translation>
    </message>
    <message>
        <source>Default (AWS_PROFILE or &quot;default&quot;)</source>
        <translation>Predeterminado (AWS_PROFILE o &quot;default&quot;)</translation>
    </message>
    <message>
        <source>Reading the AWS configuration files</source>
        <translation>Leyendo los archivos de configuración de AWS</translation>
    </message>
    <message>
        <source>%1 (Kinescope profile)</source>
        <translation>%1 (perfil de Kinescope)</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Connected with profile %1, region %2.</source>
        <translation>Conectado con el perfil %1, región %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Endpoint: %1.</source>
        <translation>Punto de enlace: %1.</translation>
    </message>
    <message>
        <source>Credentials: %1.</source>
        <translation>Credenciales: %1.</translation>
    </message>
</context>
<context>
    <name>kinescope::ContainerTreeModel</name>
    <message>
        <source>(incomplete) %1</source>
        <translation>(incompleto) %1</translation>
    </message>
    <message>
        <source>%1 (%2) at offset %3: %4 header bytes, %5 data bytes</source>
        <translation>%1 (%2) en el desplazamiento %3: %4 bytes de encabezado, %5 bytes de datos</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>kinescope::DemoEmulator</name>
    <message>
        <source>The demo emulator reported an unreadable port (%1).</source>
        <translation>El emulador de demostración indicó un puerto ilegible (%1).</translation>
    </message>
    <message>
        <source>The demo emulator crashed while starting. %1</source>
        <translation>El emulador de demostración se bloqueó al iniciarse. %1</translation>
    </message>
    <message>
        <source>The demo emulator exited with code %1 while starting. %2</source>
        <translation>El emulador de demostración terminó con el código %1 al iniciarse. %2</translation>
    </message>
    <message>
        <source>Could not start the demo emulator %1: %2. Build the kinescope-emulator target, or set KINESCOPE_EMULATOR to its path.</source>
        <translation>No se pudo iniciar el emulador de demostración %1: %2. Compile el destino kinescope-emulator o establezca en KINESCOPE_EMULATOR su ruta.</translation>
    </message>
</context>
<context>
    <name>kinescope::DeskStartup</name>
    <message>
        <source>Starting the demo</source>
        <translation>Iniciando la demostración</translation>
    </message>
    <message>
        <source>Starting the local emulator for the demo…</source>
        <translation>Iniciando el emulador local para la demostración…</translation>
    </message>
</context>
<context>
    <name>kinescope::DeskStatusBar</name>
    <message>
        <source>Dismiss the error</source>
        <translation>Descartar el error</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>id. de solicitud %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tarea en curso</numerusform>
            <numerusform>%n tareas en curso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::EndpointResolver</name>
    <message>
        <source>No AWS region is set: use --region, AWS_REGION or the profile&apos;s region.</source>
        <translation>No hay ninguna región de AWS establecida: use --region, AWS_REGION o la región del perfil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AWS region name (expected something like us-east-1).</source>
        <translation>&quot;%1&quot; no es un nombre de región de AWS válido (se esperaba algo como us-east-1).</translation>
    </message>
    <message>
        <source>the profile&apos;s services section (%1 endpoint_url)</source>
        <translation>la sección services del perfil (endpoint_url de %1)</translation>
    </message>
    <message>
        <source>the profile&apos;s endpoint_url</source>
        <translation>el endpoint_url del perfil</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; from %2 is not a valid http:// or https:// URL with a host name.</source>
        <translation>La URL del punto de enlace &quot;%1&quot; de %2 no es una URL http:// o https:// válida con nombre de host.</translation>
    </message>
    <message>
        <source>No endpoint prefix is known for service %1.</source>
        <translation>No se conoce ningún prefijo de punto de enlace para el servicio %1.</translation>
    </message>
</context>
<context>
    <name>kinescope::FragmentListJob</name>
    <message>
        <source>List fragments of %1</source>
        <translation>Listar los fragmentos de %1</translation>
    </message>
    <message>
        <source>Name the stream by its name or its ARN (exactly one).</source>
        <translation>Indique la secuencia por su nombre o por su ARN (solo uno de los dos).</translation>
    </message>
    <message>
        <source>The end of the time range is before its start.</source>
        <translation>El final del intervalo de tiempo es anterior a su inicio.</translation>
    </message>
    <message numerus="yes">
        <source>%n fragment(s) in %1 of %2 time ranges</source>
        <translation>
            <numerusform>%n fragmento en %1 de %2 intervalos de tiempo</numerusform>
            <numerusform>%n fragmentos en %1 de %2 intervalos de tiempo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::FragmentTableModel</name>
    <message>
        <source>error %1: %2</source>
        <translation>error %1: %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Fragment number</source>
        <translation>Número de fragmento</translation>
    </message>
    <message>
        <source>Server time (UTC)</source>
        <translation>Hora del servidor (UTC)</translation>
    </message>
    <message>
        <source>Producer time (UTC)</source>
        <translation>Hora del productor (UTC)</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Duración (ms)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source>Keyframe at</source>
        <translation>Fotograma clave en</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>kinescope::FragmentTableView</name>
    <message>
        <source>Filter fragments (number or time)</source>
        <translation>Filtrar fragmentos (número u hora)</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message>
        <source>%1 fragments</source>
        <translation>%1 fragmentos</translation>
    </message>
</context>
<context>
    <name>kinescope::FrameTableModel</name>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
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
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <source>Keyframe</source>
        <translation>Fotograma clave</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
</context>
<context>
    <name>kinescope::HexView</name>
    <message numerus="yes">
        <source>%n byte(s) at offset %1 (0x%2), header %3 highlighted</source>
        <translation>
            <numerusform>%n byte en el desplazamiento %1 (0x%2), encabezado %3 resaltado</numerusform>
            <numerusform>%n bytes en el desplazamiento %1 (0x%2), encabezado %3 resaltado</numerusform>
        </translation>
    </message>
    <message>
        <source>— showing the first %1 bytes</source>
        <translation>— se muestran los primeros %1 bytes</translation>
    </message>
    <message>
        <source>Select an element to see its bytes.</source>
        <translation>Seleccione un elemento para ver sus bytes.</translation>
    </message>
</context>
<context>
    <name>kinescope::ImageRequest</name>
    <message>
        <source>The end of the image range is before its start.</source>
        <translation>El final del intervalo de imágenes es anterior a su inicio.</translation>
    </message>
    <message>
        <source>The sampling interval must be between 3000 and 20000 milliseconds.</source>
        <translation>El intervalo de muestreo debe estar entre 3000 y 20000 milisegundos.</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100.</source>
        <translation>La calidad JPEG debe estar entre 1 y 100.</translation>
    </message>
    <message>
        <source>A quality applies to JPEG images only.</source>
        <translation>La calidad solo se aplica a las imágenes JPEG.</translation>
    </message>
    <message>
        <source>Give the image height together with the width.</source>
        <translation>Indique la altura de la imagen junto con la anchura.</translation>
    </message>
    <message>
        <source>The image width must be between 1 and 3840 pixels.</source>
        <translation>La anchura de la imagen debe estar entre 1 y 3840 píxeles.</translation>
    </message>
    <message>
        <source>The image height must be between 1 and 2160 pixels.</source>
        <translation>La altura de la imagen debe estar entre 1 y 2160 píxeles.</translation>
    </message>
    <message>
        <source>At most 100 images can be asked for per page.</source>
        <translation>Se pueden solicitar como máximo 100 imágenes por página.</translation>
    </message>
</context>
<context>
    <name>kinescope::ImagesThumbnailJob</name>
    <message>
        <source>Thumbnails of %1</source>
        <translation>Miniaturas de %1</translation>
    </message>
    <message>
        <source>Asking AWS for images</source>
        <translation>Solicitando imágenes a AWS</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::InspectorPanel</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Inspect a local Matroska, WebM or MP4 file</source>
        <translation>Inspeccionar un archivo Matroska, WebM o MP4 local</translation>
    </message>
    <message>
        <source>No file — use Open… to inspect a Matroska, WebM or MP4 file.</source>
        <translation>Ningún archivo — use Abrir… para inspeccionar un archivo Matroska, WebM o MP4.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Keyframes only</source>
        <translation>Solo fotogramas clave</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source>Frames and keyframes:</source>
        <translation>Fotogramas y fotogramas clave:</translation>
    </message>
    <message>
        <source>Inspect a media file</source>
        <translation>Inspeccionar un archivo multimedia</translation>
    </message>
    <message>
        <source>Media files (*.mkv *.webm *.mka *.mp4 *.m4s *.m4v *.m4a *.mov *.mp4v *.cmfv *.ts *.bin)</source>
        <translation>Archivos multimedia (*.mkv *.webm *.mka *.mp4 *.m4s *.m4v *.m4a *.mov *.mp4v *.cmfv *.ts *.bin)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Reading… %1 of %2</source>
        <translation>Leyendo… %1 de %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n element(s)</source>
        <translation>
            <numerusform>%1 · %n elemento</numerusform>
            <numerusform>%1 · %n elementos</numerusform>
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
        <translation>formato desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n EBML document(s)</source>
        <translation>
            <numerusform>%n documento EBML</numerusform>
            <numerusform>%n documentos EBML</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n pista</numerusform>
            <numerusform>%n pistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) (%1 keyframes)</source>
        <translation>
            <numerusform>%n fotograma (%1 fotogramas clave)</numerusform>
            <numerusform>%n fotogramas (%1 fotogramas clave)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fragment(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>KVS stream</source>
        <translation>Secuencia de KVS</translation>
    </message>
    <message>
        <source>Canceled after %1 bytes; what was read until then is shown.</source>
        <translation>Cancelado después de %1 bytes; se muestra lo leído hasta entonces.</translation>
    </message>
    <message>
        <source>Not a Matroska or MP4 stream (%1).</source>
        <translation>No son datos Matroska ni MP4 (%1).</translation>
    </message>
    <message>
        <source>The stream is truncated or corrupt (%1). Everything read before the error is shown.</source>
        <translation>Los datos están truncados o dañados (%1). Se muestra todo lo leído antes del error.</translation>
    </message>
    <message numerus="yes">
        <source>The tree keeps only the first %n element(s).</source>
        <translation>
            <numerusform>El árbol solo conserva el primer elemento (%n).</numerusform>
            <numerusform>El árbol solo conserva los primeros %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bytes at offset %1 could not be read.</source>
        <translation>No se pudieron leer los bytes del desplazamiento %1.</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>(more)</source>
        <translation>(más)</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) not kept</source>
        <translation>
            <numerusform>%n etiqueta no conservada</numerusform>
            <numerusform>%n etiquetas no conservadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::InspectorWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Kinescope — Inspector</source>
        <translation>Kinescope — Inspector</translation>
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
        <translation>Cancelado por el usuario.</translation>
    </message>
</context>
<context>
    <name>kinescope::JobListModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>kinescope::JobsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Cancelar todas</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Borrar terminadas</translation>
    </message>
</context>
<context>
    <name>kinescope::KeyframeDecoder</name>
    <message>
        <source>Could not decode a picture: %1</source>
        <translation>No se pudo decodificar una imagen: %1</translation>
    </message>
</context>
<context>
    <name>kinescope::KeyframeStrip</name>
    <message>
        <source>Frames along time; keyframes are the tall marks. Click to select a frame.</source>
        <translation>Fotogramas a lo largo del tiempo; los fotogramas clave son las marcas altas. Haga clic para seleccionar un fotograma.</translation>
    </message>
    <message>
        <source>No frames</source>
        <translation>Sin fotogramas</translation>
    </message>
    <message>
        <source>bytes %1 – %2</source>
        <translation>bytes %1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 s)</source>
        <translation>%1 – %2 (%3 s)</translation>
    </message>
    <message>
        <source>%1 s – %2 s</source>
        <translation>%1 s – %2 s</translation>
    </message>
    <message>
        <source>track %1 · %2</source>
        <translation>pista %1 · %2</translation>
    </message>
</context>
<context>
    <name>kinescope::KvsClient</name>
    <message>
        <source>%1 returned an unreadable response: %2</source>
        <translation>%1 devolvió una respuesta ilegible: %2</translation>
    </message>
    <message>
        <source>Name the stream by its name or its ARN (exactly one).</source>
        <translation>Indique la secuencia por su nombre o por su ARN (solo uno de los dos).</translation>
    </message>
    <message>
        <source>Ask for between 1 and 1000 fragments at a time.</source>
        <translation>Solicite entre 1 y 1000 fragmentos cada vez.</translation>
    </message>
</context>
<context>
    <name>kinescope::LocalThumbnailJob</name>
    <message>
        <source>Local thumbnails of %1</source>
        <translation>Miniaturas locales de %1</translation>
    </message>
    <message>
        <source>The thumbnail decoder is not running.</source>
        <translation>El decodificador de miniaturas no está en ejecución.</translation>
    </message>
    <message>
        <source>Fetching fragments</source>
        <translation>Obteniendo fragmentos</translation>
    </message>
    <message>
        <source>%1 of %2 fragments decoded</source>
        <translation>%1 de %2 fragmentos decodificados</translation>
    </message>
</context>
<context>
    <name>kinescope::LogModel</name>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>Tipo de error</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id. de solicitud</translation>
    </message>
</context>
<context>
    <name>kinescope::LogPanel</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>kinescope::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Secuencias</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Refresh streams</source>
        <translation>&amp;Actualizar secuencias</translation>
    </message>
    <message>
        <source>Re&amp;load fragments</source>
        <translation>&amp;Recargar fragmentos</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Inspect a media file…</source>
        <translation>&amp;Inspeccionar un archivo multimedia…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Kinescope</source>
        <translation>&amp;Acerca de Kinescope</translation>
    </message>
    <message>
        <source>About Kinescope</source>
        <translation>Acerca de Kinescope</translation>
    </message>
    <message>
        <source>Kinescope %1 — a review desk for Amazon Kinesis Video Streams.</source>
        <translation>Kinescope %1 — una mesa de revisión para Amazon Kinesis Video Streams.</translation>
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
        <translation>El entorno multimedia no puede reproducir esta secuencia hacia atrás; en su lugar, retroceder la recorre paso a paso.</translation>
    </message>
    <message>
        <source>The media could not be played.</source>
        <translation>No se pudo reproducir el contenido.</translation>
    </message>
    <message>
        <source>The video uses a codec this computer cannot decode: the media framework (GStreamer) has no decoder for it. Check the stream&apos;s codec (H.264 and H.265 play when gstreamer1.0-libav is installed).</source>
        <translation>El vídeo usa un códec que este equipo no puede decodificar: el entorno multimedia (GStreamer) no tiene ningún decodificador para él. Compruebe el códec de la secuencia (H.264 y H.265 se reproducen si está instalado gstreamer1.0-libav).</translation>
    </message>
    <message>
        <source>The player could not fetch the stream: the streaming session has expired or was revoked, or its media is gone. Start the session again.</source>
        <translation>El reproductor no pudo obtener la secuencia: la sesión de transmisión ha caducado o se ha revocado, o su contenido ya no existe. Vuelva a iniciar la sesión.</translation>
    </message>
    <message>
        <source>A network error interrupted the stream. Check the connection and start the session again.</source>
        <translation>Un error de red interrumpió la transmisión. Compruebe la conexión y vuelva a iniciar la sesión.</translation>
    </message>
    <message>
        <source>The media could not be read: it is not in a format the player supports or holds no playable video.</source>
        <translation>No se pudo leer el contenido: no está en un formato compatible con el reproductor o no contiene vídeo reproducible.</translation>
    </message>
    <message>
        <source>The stream delivered no data the player could use (the server may be unreachable or the session URL invalid).</source>
        <translation>La secuencia no entregó datos que el reproductor pudiera usar (puede que el servidor no esté accesible o que la URL de la sesión no sea válida).</translation>
    </message>
    <message>
        <source>Playback failed.</source>
        <translation>La reproducción falló.</translation>
    </message>
    <message>
        <source>(Media framework: %1)</source>
        <translation>(Entorno multimedia: %1)</translation>
    </message>
</context>
<context>
    <name>kinescope::PlayerPanel</name>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connect to AWS (or start the demo) first.</source>
        <translation>Conéctese primero a AWS (o inicie la demostración).</translation>
    </message>
    <message>
        <source>(part %1 of %2)</source>
        <translation>(parte %1 de %2)</translation>
    </message>
    <message>
        <source>Session renewed before it expired.</source>
        <translation>Sesión renovada antes de caducar.</translation>
    </message>
    <message>
        <source>Nothing to play</source>
        <translation>Nada que reproducir</translation>
    </message>
    <message>
        <source>End of the range.</source>
        <translation>Fin del intervalo.</translation>
    </message>
    <message>
        <source>Loading the next part…</source>
        <translation>Cargando la siguiente parte…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause; with nothing loaded, plays the selection (ON_DEMAND) or from the playhead (LIVE_REPLAY)</source>
        <translation>Reproducir o pausar; sin nada cargado, reproduce la selección (ON_DEMAND) o desde el cabezal de reproducción (LIVE_REPLAY)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop playing and end the streaming session</source>
        <translation>Detener la reproducción y finalizar la sesión de transmisión</translation>
    </message>
    <message>
        <source>Frame back</source>
        <translation>Fotograma atrás</translation>
    </message>
    <message>
        <source>Step one frame back</source>
        <translation>Retroceder un fotograma</translation>
    </message>
    <message>
        <source>Frame forward</source>
        <translation>Fotograma adelante</translation>
    </message>
    <message>
        <source>Step one frame forward</source>
        <translation>Avanzar un fotograma</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Play backwards; each press doubles the speed up to 16×. Uses the media framework&apos;s reverse playback; where a stream cannot play backwards, steps back through it instead</source>
        <translation>Reproducir hacia atrás; cada pulsación duplica la velocidad, hasta 16×. Usa la reproducción inversa del entorno multimedia; si una secuencia no se puede reproducir hacia atrás, la recorre hacia atrás paso a paso</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Play forward; each press doubles the speed up to 16×</source>
        <translation>Reproducir hacia delante; cada pulsación duplica la velocidad, hasta 16×</translation>
    </message>
    <message>
        <source>A LIVE session plays at the live edge and cannot go faster than 1×.</source>
        <translation>Una sesión LIVE se reproduce en el extremo en directo y no puede ir a más de 1×.</translation>
    </message>
    <message>
        <source>Previous gap edge</source>
        <translation>Borde de hueco anterior</translation>
    </message>
    <message>
        <source>Jump to where the previous gap in the recording starts or ends</source>
        <translation>Saltar a donde empieza o termina el hueco anterior de la grabación</translation>
    </message>
    <message>
        <source>Next gap edge</source>
        <translation>Borde de hueco siguiente</translation>
    </message>
    <message>
        <source>Jump to where the next gap in the recording starts or ends</source>
        <translation>Saltar a donde empieza o termina el siguiente hueco de la grabación</translation>
    </message>
    <message>
        <source>Session…</source>
        <translation>Sesión…</translation>
    </message>
    <message>
        <source>Choose every streaming session parameter (protocol, mode, clock, container, expiry, …) and play</source>
        <translation>Elegir cada parámetro de la sesión de transmisión (protocolo, modo, reloj, contenedor, caducidad, …) y reproducir</translation>
    </message>
    <message>
        <source>Position in the media being played</source>
        <translation>Posición en el contenido que se reproduce</translation>
    </message>
    <message>
        <source>Playback speed. Negative speeds play backwards.</source>
        <translation>Velocidad de reproducción. Las velocidades negativas reproducen hacia atrás.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Select a range on the timeline or in the fragment table (I and O keys), then press Play.</source>
        <translation>Seleccione un intervalo en la línea de tiempo o en la tabla de fragmentos (teclas I y O) y pulse Reproducir.</translation>
    </message>
    <message>
        <source>No playhead</source>
        <translation>Sin cabezal de reproducción</translation>
    </message>
    <message>
        <source>Click on the timeline or the thumbnails to place the playhead, or select a range, then press Play.</source>
        <translation>Haga clic en la línea de tiempo o en las miniaturas para colocar el cabezal de reproducción, o seleccione un intervalo, y pulse Reproducir.</translation>
    </message>
    <message>
        <source>Cannot start the session</source>
        <translation>No se puede iniciar la sesión</translation>
    </message>
    <message>
        <source>No stream selected</source>
        <translation>Ninguna secuencia seleccionada</translation>
    </message>
    <message>
        <source>Pick a stream in the stream browser first.</source>
        <translation>Elija primero una secuencia en el explorador de secuencias.</translation>
    </message>
    <message>
        <source>Starting a streaming session…</source>
        <translation>Iniciando una sesión de transmisión…</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>(server clock)</source>
        <translation>(reloj del servidor)</translation>
    </message>
    <message>
        <source>(producer clock)</source>
        <translation>(reloj del productor)</translation>
    </message>
    <message>
        <source>Loading video…</source>
        <translation>Cargando vídeo…</translation>
    </message>
    <message>
        <source>Waiting for the first frame from the stream.</source>
        <translation>Esperando el primer fotograma de la secuencia.</translation>
    </message>
    <message>
        <source>A LIVE session plays at the live edge and cannot go faster than 1×; use LIVE_REPLAY or ON_DEMAND for fast playback.</source>
        <translation>Una sesión LIVE se reproduce en el extremo en directo y no puede ir a más de 1×; use LIVE_REPLAY u ON_DEMAND para la reproducción rápida.</translation>
    </message>
    <message>
        <source>No gap after this point in the loaded range.</source>
        <translation>No hay ningún hueco después de este punto en el intervalo cargado.</translation>
    </message>
    <message>
        <source>No gap before this point in the loaded range.</source>
        <translation>No hay ningún hueco antes de este punto en el intervalo cargado.</translation>
    </message>
    <message>
        <source>The playhead is outside what is playing; press Play to start there.</source>
        <translation>El cabezal de reproducción está fuera de lo que se reproduce; pulse Reproducir para empezar ahí.</translation>
    </message>
    <message>
        <source>Playback stopped</source>
        <translation>Reproducción detenida</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Asked for %1, but the stream plays at about %2: it cannot be fetched or decoded faster.</source>
        <translation>Se pidió %1, pero la secuencia se reproduce a aproximadamente %2: no se puede obtener ni decodificar más rápido.</translation>
    </message>
    <message>
        <source>No video yet</source>
        <translation>Aún no hay vídeo</translation>
    </message>
    <message>
        <source>The stream has delivered no picture for %1 seconds. The range may hold no fragments, or the server is slow; press Stop or pick another range.</source>
        <translation>La secuencia no ha entregado ninguna imagen en %1 segundos. Puede que el intervalo no contenga fragmentos o que el servidor vaya lento; pulse Detener o elija otro intervalo.</translation>
    </message>
    <message>
        <source>Connect to AWS (or start the demo), pick a stream, then press Play.</source>
        <translation>Conéctese a AWS (o inicie la demostración), elija una secuencia y pulse Reproducir.</translation>
    </message>
    <message>
        <source>Pick a stream in the stream browser.</source>
        <translation>Elija una secuencia en el explorador de secuencias.</translation>
    </message>
    <message>
        <source>Ready to play</source>
        <translation>Listo para reproducir</translation>
    </message>
    <message>
        <source>Press Play (Space) to watch the selection %1 – %2 on demand.</source>
        <translation>Pulse Reproducir (Space) para ver la selección %1 – %2 bajo demanda.</translation>
    </message>
    <message>
        <source>Select a range on the timeline and press Play (Space), or press Play to watch from the playhead.</source>
        <translation>Seleccione un intervalo en la línea de tiempo y pulse Reproducir (Space), o pulse Reproducir para ver desde el cabezal de reproducción.</translation>
    </message>
    <message>
        <source>A LIVE session cannot play faster than the live edge.</source>
        <translation>Una sesión LIVE no puede reproducir más rápido que el extremo en directo.</translation>
    </message>
</context>
<context>
    <name>kinescope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language changes the next time Kinescope starts.</source>
        <translation>El cambio de idioma se aplicará la próxima vez que se inicie Kinescope.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>kinescope::ProfileDialog</name>
    <message>
        <source>Kinescope profiles</source>
        <translation>Perfiles de Kinescope</translation>
    </message>
    <message>
        <source>optional, e.g. us-east-1</source>
        <translation>opcional, p. ej., us-east-1</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:4566</source>
        <translation>opcional, p. ej., http://127.0.0.1:4566</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation>&amp;ID de clave de acceso:</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>&amp;Clave de acceso secreta:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>E&amp;ndpoint URL:</source>
        <translation>&amp;URL del punto de enlace:</translation>
    </message>
    <message>
        <source>The secret access key is stored in the OS keychain, never in Kinescope&apos;s settings.</source>
        <translation>La clave de acceso secreta se guarda en el llavero del sistema, nunca en la configuración de Kinescope.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Give the profile a name without spaces, slashes or brackets.</source>
        <translation>Asigne al perfil un nombre sin espacios, barras ni corchetes.</translation>
    </message>
    <message>
        <source>A profile named %1 exists already; select it to edit it.</source>
        <translation>Ya existe un perfil llamado %1; selecciónelo para editarlo.</translation>
    </message>
    <message>
        <source>Enter the access key id.</source>
        <translation>Introduzca el ID de clave de acceso.</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>Introduzca la clave de acceso secreta.</translation>
    </message>
    <message>
        <source>The endpoint URL must look like https://host[:port].</source>
        <translation>La URL del punto de enlace debe tener el formato https://host[:puerto].</translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation>Perfil %1 guardado.</translation>
    </message>
    <message>
        <source>Saving the secret key in the %1…</source>
        <translation>Guardando la clave secreta en: %1…</translation>
    </message>
    <message>
        <source>The profile %1 was not saved: %2 Kinescope keeps secret keys only in the OS keychain; make a keychain available (for example GNOME Keyring or KWallet) or use a profile in ~/.aws/credentials.</source>
        <translation>No se guardó el perfil %1: %2 Kinescope solo guarda las claves secretas en el llavero del sistema; habilite un llavero (por ejemplo, GNOME Keyring o KWallet) o use un perfil de ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>Removing the secret key from the %1…</source>
        <translation>Eliminando la clave secreta de: %1…</translation>
    </message>
    <message>
        <source>The profile %1 was not removed: %2</source>
        <translation>No se eliminó el perfil %1: %2</translation>
    </message>
    <message>
        <source>Removed profile %1.</source>
        <translation>Perfil %1 eliminado.</translation>
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
        <translation>Hora del servidor menos hora del productor</translation>
    </message>
    <message>
        <source>Fragment number</source>
        <translation>Número de fragmento</translation>
    </message>
    <message>
        <source>Producer time</source>
        <translation>Hora del productor</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Hora del servidor</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Deriva</translation>
    </message>
</context>
<context>
    <name>kinescope::ReviewLoader</name>
    <message>
        <source>Opening the fragment cache</source>
        <translation>Abriendo la caché de fragmentos</translation>
    </message>
    <message>
        <source>Describing stream %1</source>
        <translation>Describiendo la secuencia %1</translation>
    </message>
    <message>
        <source>Listing fragments of %1</source>
        <translation>Listando los fragmentos de %1</translation>
    </message>
    <message>
        <source>%1 has no fragments between %2 and %3. Pick another time range, or check that the camera is sending.</source>
        <translation>%1 no tiene fragmentos entre %2 y %3. Elija otro intervalo de tiempo o compruebe que la cámara está enviando.</translation>
    </message>
    <message numerus="yes">
        <source>%n fragment(s) of %1 loaded</source>
        <translation>
            <numerusform>%n fragmento de %1 cargado</numerusform>
            <numerusform>%n fragmentos de %1 cargados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::SearchBar</name>
    <message>
        <source>Find element by name, ID or tag value (Enter: next)</source>
        <translation>Buscar un elemento por nombre, ID o valor de etiqueta (Enter: siguiente)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Enter)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
</context>
<context>
    <name>kinescope::SessionDialog</name>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Streaming session</source>
        <translation>Sesión de transmisión</translation>
    </message>
    <message>
        <source>HLS (AWS default)</source>
        <translation>HLS (predeterminado de AWS)</translation>
    </message>
    <message>
        <source>DASH</source>
        <translation>DASH</translation>
    </message>
    <message>
        <source>LIVE — the newest fragments (AWS default)</source>
        <translation>LIVE — los fragmentos más recientes (predeterminado de AWS)</translation>
    </message>
    <message>
        <source>LIVE_REPLAY — from a start time on</source>
        <translation>LIVE_REPLAY — desde una hora de inicio</translation>
    </message>
    <message>
        <source>ON_DEMAND — a fixed range</source>
        <translation>ON_DEMAND — un intervalo fijo</translation>
    </message>
    <message>
        <source>Server timestamps (AWS default)</source>
        <translation>Marcas de tiempo del servidor (predeterminado de AWS)</translation>
    </message>
    <message>
        <source>Producer timestamps</source>
        <translation>Marcas de tiempo del productor</translation>
    </message>
    <message>
        <source>Fragmented MP4 (AWS default)</source>
        <translation>MP4 fragmentado (predeterminado de AWS)</translation>
    </message>
    <message>
        <source>MPEG-TS</source>
        <translation>MPEG-TS</translation>
    </message>
    <message>
        <source>NEVER (AWS default)</source>
        <translation>NEVER (predeterminado de AWS)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds until the session URL expires: 300 (AWS default) to 43200. The player renews sessions before they expire.</source>
        <translation>Segundos hasta que caduque la URL de la sesión: de 300 (predeterminado de AWS) a 43200. El reproductor renueva las sesiones antes de que caduquen.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Clock (fragment selector)</source>
        <translation>Reloj (selector de fragmentos)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Container (HLS)</source>
        <translation>Contenedor (HLS)</translation>
    </message>
    <message>
        <source>Discontinuity mode (HLS)</source>
        <translation>Modo de discontinuidad (HLS)</translation>
    </message>
    <message>
        <source>Display fragment timestamps</source>
        <translation>Mostrar marcas de tiempo de fragmento</translation>
    </message>
    <message>
        <source>Display fragment numbers (DASH)</source>
        <translation>Mostrar números de fragmento (DASH)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Max fragments</source>
        <translation>Máx. de fragmentos</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>DASH sessions are always fragmented MP4.</source>
        <translation>Las sesiones DASH siempre usan MP4 fragmentado.</translation>
    </message>
    <message>
        <source>The discontinuity mode applies to HLS only.</source>
        <translation>El modo de discontinuidad solo se aplica a HLS.</translation>
    </message>
    <message>
        <source>Fragment numbers can be displayed in DASH manifests only.</source>
        <translation>Los números de fragmento solo se pueden mostrar en manifiestos DASH.</translation>
    </message>
    <message>
        <source>A LIVE session plays the newest fragments.</source>
        <translation>Una sesión LIVE reproduce los fragmentos más recientes.</translation>
    </message>
    <message>
        <source>A LIVE session takes no time range.</source>
        <translation>Una sesión LIVE no admite intervalo de tiempo.</translation>
    </message>
    <message>
        <source>An ON_DEMAND session needs an end time.</source>
        <translation>Una sesión ON_DEMAND necesita una hora de fin.</translation>
    </message>
    <message>
        <source>LIVE plays the most recent fragments; no range.</source>
        <translation>LIVE reproduce los fragmentos más recientes; sin intervalo.</translation>
    </message>
    <message>
        <source>Without an end, the session keeps adding newly ingested fragments until it expires.</source>
        <translation>Sin fin, la sesión sigue añadiendo los fragmentos recién ingeridos hasta que caduca.</translation>
    </message>
    <message>
        <source>Times are local (%1); UTC %2 – %3. At most 24 hours.</source>
        <translation>Horas locales (%1); UTC %2 – %3. Como máximo 24 horas.</translation>
    </message>
    <message>
        <source>AWS default (%1)</source>
        <translation>Predeterminado de AWS (%1)</translation>
    </message>
</context>
<context>
    <name>kinescope::SessionManager</name>
    <message>
        <source>server</source>
        <translation>del servidor</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>del productor</translation>
    </message>
    <message numerus="yes">
        <source> This computer&apos;s clock differs from AWS&apos;s by %n second(s).</source>
        <translation>
            <numerusform> El reloj de este equipo difiere del de AWS en %n segundo.</numerusform>
            <numerusform> El reloj de este equipo difiere del de AWS en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a stream to play.</source>
        <translation>Elija una secuencia para reproducir.</translation>
    </message>
    <message>
        <source>The streaming session expired or was revoked (HTTP %1); Kinescope is opening a new one.</source>
        <translation>La sesión de transmisión caducó o se revocó (HTTP %1); Kinescope está abriendo una nueva.</translation>
    </message>
    <message>
        <source>The player could not fetch the session&apos;s media (HTTP %1: %2); Kinescope is opening a new session.</source>
        <translation>El reproductor no pudo obtener el contenido de la sesión (HTTP %1: %2); Kinescope está abriendo una sesión nueva.</translation>
    </message>
    <message>
        <source>The start time %1 is in the future by AWS&apos;s clock (it is %2 there): there is nothing to play yet.%3</source>
        <translation>La hora de inicio %1 está en el futuro según el reloj de AWS (allí son las %2): aún no hay nada que reproducir.%3</translation>
    </message>
    <message>
        <source>%1 keeps no archive (its data retention is 0 hours), so there is nothing a streaming session could play. Set a data retention on the stream.</source>
        <translation>%1 no guarda archivo (su retención de datos es de 0 horas), así que una sesión de transmisión no tendría nada que reproducir. Configure una retención de datos en la secuencia.</translation>
    </message>
    <message numerus="yes">
        <source>The range ends before the stream&apos;s %n-hour retention: fragments older than %1 have been deleted.</source>
        <translation>
            <numerusform>El intervalo termina antes del periodo de retención de %n hora de la secuencia: los fragmentos anteriores a %1 se han eliminado.</numerusform>
            <numerusform>El intervalo termina antes del periodo de retención de %n horas de la secuencia: los fragmentos anteriores a %1 se han eliminado.</numerusform>
        </translation>
    </message>
    <message>
        <source>No footage was recorded between %1 and %2 (%3 clock): the fragment index has no fragments there.</source>
        <translation>No se grabó nada entre %1 y %2 (reloj %3): el índice de fragmentos no tiene fragmentos ahí.</translation>
    </message>
    <message>
        <source>%1 already has %2 live streaming sessions, the most AWS allows per stream (a session stays live until it expires, played or not). Playback continues at %3, when the next one expires.</source>
        <translation>%1 ya tiene %2 sesiones de transmisión en directo, el máximo que AWS permite por secuencia (una sesión sigue activa hasta que caduca, se reproduzca o no). La reproducción continuará a las %3, cuando caduque la siguiente.</translation>
    </message>
    <message>
        <source> between %1 and %2 (%3 clock)</source>
        <translation> entre %1 y %2 (reloj %3)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Nothing to play: AWS found no fragments%1. The camera recorded nothing there, or the footage has aged out of the retention period.</source>
        <translation>Nada que reproducir: AWS no encontró fragmentos%1. La cámara no grabó nada ahí o la grabación ya ha superado el periodo de retención.</translation>
    </message>
    <message>
        <source>The stream does not exist in this account and region. Check its name and the selected region.</source>
        <translation>La secuencia no existe en esta cuenta y región. Compruebe su nombre y la región seleccionada.</translation>
    </message>
    <message>
        <source>The stream keeps no archive (its data retention is 0 hours), so there is nothing a streaming session could play. Set a data retention on the stream.</source>
        <translation>La secuencia no guarda archivo (su retención de datos es de 0 horas), así que una sesión de transmisión no tendría nada que reproducir. Configure una retención de datos en la secuencia.</translation>
    </message>
    <message>
        <source>AWS refused the time range%1: %2 Check the start and end times and the clock (server or producer).%3</source>
        <translation>AWS rechazó el intervalo de tiempo%1: %2 Compruebe las horas de inicio y fin y el reloj (servidor o productor).%3</translation>
    </message>
    <message>
        <source>AWS refused a session parameter: %1</source>
        <translation>AWS rechazó un parámetro de la sesión: %1</translation>
    </message>
    <message>
        <source>The stream&apos;s media cannot be played as HLS or DASH: only H.264 or H.265 video (with optional AAC or G.711 audio) in Matroska fragments can be streamed.</source>
        <translation>El contenido de la secuencia no se puede reproducir como HLS ni como DASH: solo se puede transmitir vídeo H.264 o H.265 (con audio AAC o G.711 opcional) en fragmentos Matroska.</translation>
    </message>
    <message>
        <source>The fragments carry no codec private data (the decoder configuration), so no player can decode them. The camera or producer must send it with the video.</source>
        <translation>Los fragmentos no incluyen datos privados del códec (la configuración del decodificador), así que ningún reproductor puede decodificarlos. La cámara o el productor deben enviarlos con el vídeo.</translation>
    </message>
    <message>
        <source>The fragments&apos; codec private data is invalid or unsupported (for example a profile or track layout HLS/DASH cannot carry), so the video cannot be played.</source>
        <translation>Los datos privados del códec de los fragmentos no son válidos o no son compatibles (por ejemplo, un perfil o una disposición de pistas que HLS/DASH no puede transportar), así que el vídeo no se puede reproducir.</translation>
    </message>
    <message>
        <source>AWS refused another streaming session: a stream allows at most 10 live sessions, and each stays live until it expires. Wait for one to expire, or use a shorter Expires.</source>
        <translation>AWS rechazó otra sesión de transmisión: una secuencia admite como máximo 10 sesiones en directo y cada una sigue activa hasta que caduca. Espere a que caduque alguna o use una Caducidad más corta.</translation>
    </message>
    <message>
        <source>The credentials in use may not open streaming sessions for this stream (kinesisvideo:Get%1StreamingSessionURL). Ask for the permission or pick another profile.</source>
        <translation>Las credenciales en uso no pueden abrir sesiones de transmisión para esta secuencia (kinesisvideo:Get%1StreamingSessionURL). Solicite el permiso o elija otro perfil.</translation>
    </message>
</context>
<context>
    <name>kinescope::StreamBrowser</name>
    <message>
        <source>Filter streams</source>
        <translation>Filtrar secuencias</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Stream details</source>
        <translation>Detalles de la secuencia</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation>Tipo de medio:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Retención:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creación:</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>Clave de KMS:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>Listing streams</source>
        <translation>Listando secuencias</translation>
    </message>
    <message>
        <source>This account has no Kinesis video streams in this region.</source>
        <translation>Esta cuenta no tiene secuencias de vídeo de Kinesis en esta región.</translation>
    </message>
</context>
<context>
    <name>kinescope::StreamListModel</name>
    <message>
        <source>none (live only)</source>
        <translation>ninguna (solo en directo)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
</context>
<context>
    <name>kinescope::StreamingSessionOptions</name>
    <message>
        <source>Expires must be between 300 seconds (5 minutes) and 43200 seconds (12 hours).</source>
        <translation>La caducidad debe estar entre 300 segundos (5 minutos) y 43200 segundos (12 horas).</translation>
    </message>
    <message>
        <source>The maximum number of fragments must be between 1 and 5000.</source>
        <translation>El número máximo de fragmentos debe estar entre 1 y 5000.</translation>
    </message>
    <message>
        <source>DASH sessions are always fragmented MP4; MPEG-TS is available for HLS only.</source>
        <translation>Las sesiones DASH siempre usan MP4 fragmentado; MPEG-TS solo está disponible para HLS.</translation>
    </message>
    <message>
        <source>Fragment numbers can be displayed in DASH manifests only.</source>
        <translation>Los números de fragmento solo se pueden mostrar en manifiestos DASH.</translation>
    </message>
    <message>
        <source>The discontinuity mode applies to HLS sessions only.</source>
        <translation>El modo de discontinuidad solo se aplica a las sesiones HLS.</translation>
    </message>
    <message>
        <source>A LIVE session plays the newest fragments and takes no time range; choose LIVE_REPLAY or ON_DEMAND to play from a given time.</source>
        <translation>Una sesión LIVE reproduce los fragmentos más recientes y no admite intervalo de tiempo; elija LIVE_REPLAY u ON_DEMAND para reproducir desde una hora concreta.</translation>
    </message>
    <message>
        <source>A LIVE_REPLAY session needs a start time.</source>
        <translation>Una sesión LIVE_REPLAY necesita una hora de inicio.</translation>
    </message>
    <message>
        <source>An ON_DEMAND session needs both a start and an end time.</source>
        <translation>Una sesión ON_DEMAND necesita una hora de inicio y una de fin.</translation>
    </message>
    <message>
        <source>The end time must be later than the start time.</source>
        <translation>La hora de fin debe ser posterior a la de inicio.</translation>
    </message>
    <message>
        <source>The end time must be within 24 hours of the start time.</source>
        <translation>La hora de fin debe estar dentro de las 24 horas siguientes a la de inicio.</translation>
    </message>
</context>
<context>
    <name>kinescope::ThumbnailService</name>
    <message>
        <source>GetImages is not available for %1 (%2); thumbnails are decoded locally.</source>
        <translation>GetImages no está disponible para %1 (%2); las miniaturas se decodifican localmente.</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
</context>
<context>
    <name>kinescope::ThumbnailStrip</name>
    <message>
        <source>Thumbnails of the visible time range. Click to move the playhead there.</source>
        <translation>Miniaturas del intervalo de tiempo visible. Haga clic para mover ahí el cabezal de reproducción.</translation>
    </message>
    <message>
        <source>Thumbnails appear here for the time range the timeline shows.</source>
        <translation>Aquí aparecen las miniaturas del intervalo de tiempo que muestra la línea de tiempo.</translation>
    </message>
    <message>
        <source>No media
(gap)</source>
        <translation>Sin contenido
(hueco)</translation>
    </message>
    <message>
        <source>Media error</source>
        <translation>Error multimedia</translation>
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
        <translation>Aquí no hay contenido (NO_MEDIA): la secuencia no tiene grabación.</translation>
    </message>
    <message>
        <source>The image could not be made (%1).</source>
        <translation>No se pudo generar la imagen (%1).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>kinescope::Time</name>
    <message>
        <source>&apos;%1&apos; is not a time: use ISO 8601 with a zone (2024-05-01T12:00:00Z, 2024-05-01T14:00:00+02:00) or epoch seconds</source>
        <translation>&apos;%1&apos; no es una hora: use ISO 8601 con zona (2024-05-01T12:00:00Z, 2024-05-01T14:00:00+02:00) o segundos desde la época Unix</translation>
    </message>
</context>
<context>
    <name>kinescope::TimelinePainter</name>
    <message>
        <source>drift</source>
        <extracomment>Name of the timeline band showing server time minus producer time</extracomment>
        <translation>deriva</translation>
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
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Order and show fragments by server time</source>
        <translation>Ordenar y mostrar los fragmentos por hora del servidor</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <source>Order and show fragments by producer time</source>
        <translation>Ordenar y mostrar los fragmentos por hora del productor</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the selection, or the whole loaded range (F)</source>
        <translation>Ajustar a la selección o a todo el intervalo cargado (F)</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Reloj:</translation>
    </message>
    <message>
        <source>%1 visible</source>
        <translation>Visible: %1</translation>
    </message>
</context>
<context>
    <name>kinescope::TimelineTicks</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Ruler label at local midnight (QDateTime format)</extracomment>
        <translation>ddd d MMM</translation>
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
        <translation>ddd d 'de' MMM 'de' yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm:ss.zzz</source>
        <extracomment>Hover time in local time (QDateTime format); the zone abbreviation follows</extracomment>
        <translation>ddd d 'de' MMM 'de' yyyy HH:mm:ss.zzz</translation>
    </message>
</context>
<context>
    <name>kinescope::TimelineWidget</name>
    <message>
        <source>Coverage timeline</source>
        <translation>Línea de tiempo de cobertura</translation>
    </message>
    <message>
        <source>Recorded coverage and gaps of the loaded range. Wheel zooms at the cursor, Shift+wheel pans, click sets the playhead, drag selects, I and O set the selection at the playhead, F fits.</source>
        <translation>Cobertura grabada y huecos del intervalo cargado. La rueda amplía en el cursor, Shift+rueda desplaza, un clic coloca el cabezal de reproducción, arrastrar selecciona, I y O fijan la selección en el cabezal de reproducción, F ajusta.</translation>
    </message>
    <message>
        <source>No fragments loaded</source>
        <translation>No hay fragmentos cargados</translation>
    </message>
    <message>
        <source>No stream selected</source>
        <translation>Ninguna secuencia seleccionada</translation>
    </message>
    <message>
        <source>No fragments in the loaded range</source>
        <translation>No hay fragmentos en el intervalo cargado</translation>
    </message>
    <message>
        <source>Fragment %1</source>
        <translation>Fragmento %1</translation>
    </message>
    <message>
        <source>Duration %1 · drift %2%3 ms</source>
        <translation>Duración %1 · deriva %2%3 ms</translation>
    </message>
    <message>
        <source>No recording (gap of %1)</source>
        <translation>Sin grabación (hueco de %1)</translation>
    </message>
</context>
<context>
    <name>kinescope::TrackDetailsView</name>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Track %1 (%2)</source>
        <translation>Pista %1 (%2)</translation>
    </message>
    <message>
        <source>Codec ID</source>
        <translation>ID de códec</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time base</source>
        <translation>Base de tiempo</translation>
    </message>
    <message>
        <source>Container size</source>
        <translation>Tamaño en el contenedor</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>%1 Hz, %2 channel(s)</source>
        <translation>%1 Hz, %2 canal(es)</translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation>Duración predeterminada</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Codec private</source>
        <translation>Datos privados del códec</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Decodificado</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Velocidad de fotogramas</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation>Croma</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>Profundidad de bits</translation>
    </message>
    <message>
        <source>%1 (luma), %2 (chroma)</source>
        <translation>%1 (luma), %2 (croma)</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Frecuencia de muestreo</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message numerus="yes">
        <source>id %1, %n byte(s)</source>
        <translation>
            <numerusform>id %1, %n byte</numerusform>
            <numerusform>id %1, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoding error</source>
        <translation>Error de decodificación</translation>
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
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>A media file to inspect.</source>
        <translation>Un archivo multimedia para inspeccionar.</translation>
    </message>
    <message>
        <source>Kinescope: a review desk for Amazon Kinesis Video Streams. AWS profiles, regions, credentials and endpoints are resolved exactly as kinescope-cli and the AWS CLI do (AWS_* environment variables, ~/.aws/config and ~/.aws/credentials). With FILE, opens the container inspector on a media file instead.</source>
        <translation>Kinescope: una mesa de revisión para Amazon Kinesis Video Streams. Los perfiles, regiones, credenciales y puntos de enlace de AWS se resuelven exactamente igual que en kinescope-cli y la AWS CLI (variables de entorno AWS_*, ~/.aws/config y ~/.aws/credentials). Con FILE, abre en su lugar el inspector de contenedores sobre un archivo multimedia.</translation>
    </message>
    <message>
        <source>AWS profile to use.</source>
        <translation>Perfil de AWS que se usará.</translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation>Región de AWS.</translation>
    </message>
    <message>
        <source>Send requests to this endpoint instead of AWS.</source>
        <translation>Enviar las solicitudes a este punto de enlace en lugar de a AWS.</translation>
    </message>
    <message>
        <source>Open this stream.</source>
        <translation>Abrir esta secuencia.</translation>
    </message>
    <message>
        <source>Start of the time range to load (ISO 8601 with zone, or epoch seconds). Default: 24 hours before --end or now.</source>
        <translation>Inicio del intervalo de tiempo que se cargará (ISO 8601 con zona, o segundos desde la época Unix). Predeterminado: 24 horas antes de --end o de ahora.</translation>
    </message>
    <message>
        <source>End of the time range to load. Default: now.</source>
        <translation>Fin del intervalo de tiempo que se cargará. Predeterminado: ahora.</translation>
    </message>
    <message>
        <source>Start the bundled kinescope-emulator with its default scenario and show its stream front-door.</source>
        <translation>Iniciar el kinescope-emulator incluido con su escenario predeterminado y mostrar su secuencia front-door.</translation>
    </message>
</context>
</TS>
