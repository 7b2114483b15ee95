#include "ui/player/session_dialog.h"

#include "core/kvs/streaming_session_options.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kinescope {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");

QDateTimeEdit* makeTimeEdit(QWidget* parent) {
    auto* edit = new QDateTimeEdit(parent);
    edit->setDisplayFormat(kDateFormat);
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::LocalTime);
    return edit;
}

void setEnabledWithTip(QWidget* w, bool enabled, const QString& whyNot) {
    w->setEnabled(enabled);
    w->setToolTip(enabled ? QString() : whyNot);
}

} // namespace

SessionDialog::SessionDialog(QWidget* parent)
    : QDialog(parent)
    , m_protocol(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_clock(new QComboBox(this))
    , m_start(makeTimeEdit(this))
    , m_hasEnd(new QCheckBox(tr("End"), this))
    , m_end(makeTimeEdit(this))
    , m_rangeNote(new QLabel(this))
    , m_container(new QComboBox(this))
    , m_discontinuity(new QComboBox(this))
    , m_displayTimestamp(new QComboBox(this))
    , m_displayNumber(new QComboBox(this))
    , m_expires(new QSpinBox(this))
    , m_maxDefault(new QCheckBox(this))
    , m_maxFragments(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Streaming session"));

    m_protocol->addItem(tr("HLS (AWS default)"), int(StreamingProtocol::Hls));
    m_protocol->addItem(tr("DASH"), int(StreamingProtocol::Dash));
    m_mode->addItem(tr("LIVE — the newest fragments (AWS default)"), int(PlaybackMode::Live));
    m_mode->addItem(tr("LIVE_REPLAY — from a start time on"), int(PlaybackMode::LiveReplay));
    m_mode->addItem(tr("ON_DEMAND — a fixed range"), int(PlaybackMode::OnDemand));
    m_clock->addItem(tr("Server timestamps (AWS default)"), int(TimestampType::Server));
    m_clock->addItem(tr("Producer timestamps"), int(TimestampType::Producer));
    m_container->addItem(tr("Fragmented MP4 (AWS default)"), int(ContainerFormat::FragmentedMp4));
    m_container->addItem(tr("MPEG-TS"), int(ContainerFormat::MpegTs));
    m_discontinuity->addItem(QString(), -1); // "AWS default (...)", text set in refresh()
    m_discontinuity->addItem(QStringLiteral("ALWAYS"), int(DiscontinuityMode::Always));
    m_discontinuity->addItem(QStringLiteral("NEVER"), int(DiscontinuityMode::Never));
    m_discontinuity->addItem(QStringLiteral("ON_DISCONTINUITY"),
                             int(DiscontinuityMode::OnDiscontinuity));
    m_displayTimestamp->addItem(tr("NEVER (AWS default)"), int(DisplayMode::Never));
    m_displayTimestamp->addItem(QStringLiteral("ALWAYS"), int(DisplayMode::Always));
    m_displayNumber->addItem(tr("NEVER (AWS default)"), int(DisplayMode::Never));
    m_displayNumber->addItem(QStringLiteral("ALWAYS"), int(DisplayMode::Always));
    m_expires->setRange(StreamingSessionOptions::kMinExpires, StreamingSessionOptions::kMaxExpires);
    m_expires->setSuffix(tr(" s"));
    m_expires->setToolTip(tr("Seconds until the session URL expires: 300 (AWS default) to 43200. "
                             "The player renews sessions before they expire."));
    m_maxFragments->setRange(1, int(StreamingSessionOptions::kMaxFragments));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_rangeNote->setWordWrap(true);
    m_rangeNote->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("Protocol"), m_protocol);
    form->addRow(tr("Mode"), m_mode);
    form->addRow(tr("Clock (fragment selector)"), m_clock);
    form->addRow(tr("Start"), m_start);
    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);
    form->addRow(tr("End"), endRow);
    form->addRow(QString(), m_rangeNote);
    form->addRow(tr("Container (HLS)"), m_container);
    form->addRow(tr("Discontinuity mode (HLS)"), m_discontinuity);
    form->addRow(tr("Display fragment timestamps"), m_displayTimestamp);
    form->addRow(tr("Display fragment numbers (DASH)"), m_displayNumber);
    form->addRow(tr("Expires"), m_expires);
    auto* maxRow = new QHBoxLayout;
    maxRow->addWidget(m_maxDefault);
    maxRow->addWidget(m_maxFragments, 1);
    form->addRow(tr("Max fragments"), maxRow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Play"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QComboBox* box : {m_protocol, m_mode, m_clock, m_container, m_discontinuity,
                           m_displayTimestamp, m_displayNumber})
        connect(box, &QComboBox::currentIndexChanged, this, &SessionDialog::refresh);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &SessionDialog::refresh);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &SessionDialog::refresh);
    connect(m_hasEnd, &QCheckBox::toggled, this, &SessionDialog::refresh);
    connect(m_maxDefault, &QCheckBox::toggled, this, &SessionDialog::refresh);
    connect(m_expires, &QSpinBox::valueChanged, this, &SessionDialog::refresh);
    connect(m_maxFragments, &QSpinBox::valueChanged, this, &SessionDialog::refresh);

    setOptions(StreamingSessionOptions());
}

void SessionDialog::setOptions(const StreamingSessionOptions& o) {
    m_refreshing = true;
    m_protocol->setCurrentIndex(m_protocol->findData(int(o.protocol)));
    m_mode->setCurrentIndex(m_mode->findData(int(o.mode)));
    m_clock->setCurrentIndex(m_clock->findData(int(o.clock)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = o.startMs.value_or(now - 3600 * 1000);
    m_start->setDateTime(QDateTime::fromMSecsSinceEpoch(start));
    m_hasEnd->setChecked(o.endMs.has_value());
    m_end->setDateTime(QDateTime::fromMSecsSinceEpoch(o.endMs.value_or(start + 600 * 1000)));
    m_container->setCurrentIndex(m_container->findData(int(o.container)));
    m_discontinuity->setCurrentIndex(
        o.discontinuity ? m_discontinuity->findData(int(*o.discontinuity)) : 0);
    m_displayTimestamp->setCurrentIndex(m_displayTimestamp->findData(int(o.displayTimestamp)));
    m_displayNumber->setCurrentIndex(m_displayNumber->findData(int(o.displayFragmentNumber)));
    m_expires->setValue(o.expiresSeconds);
    m_maxDefault->setChecked(!o.maxFragments.has_value());
    m_maxFragments->setValue(int(o.maxFragments.value_or(o.effectiveMaxFragments())));
    m_refreshing = false;
    refresh();
}

StreamingSessionOptions SessionDialog::options() const {
    StreamingSessionOptions o;
    o.protocol = StreamingProtocol(m_protocol->currentData().toInt());
    o.mode = PlaybackMode(m_mode->currentData().toInt());
    o.clock = TimestampType(m_clock->currentData().toInt());
    const bool hls = o.protocol == StreamingProtocol::Hls;
    if (o.mode != PlaybackMode::Live)
        o.startMs = m_start->dateTime().toMSecsSinceEpoch();
    if (o.mode == PlaybackMode::OnDemand ||
        (o.mode == PlaybackMode::LiveReplay && m_hasEnd->isChecked()))
        o.endMs = m_end->dateTime().toMSecsSinceEpoch();
    o.container =
        hls ? ContainerFormat(m_container->currentData().toInt()) : ContainerFormat::FragmentedMp4;
    const int discontinuity = m_discontinuity->currentData().toInt();
    if (hls && discontinuity >= 0)
        o.discontinuity = DiscontinuityMode(discontinuity);
    o.displayTimestamp = DisplayMode(m_displayTimestamp->currentData().toInt());
    o.displayFragmentNumber =
        hls ? DisplayMode::Never : DisplayMode(m_displayNumber->currentData().toInt());
    o.expiresSeconds = m_expires->value();
    if (!m_maxDefault->isChecked())
        o.maxFragments = m_maxFragments->value();
    return o;
}

QString SessionDialog::validationText() const {
    return options().validate();
}

void SessionDialog::refresh() {
    if (m_refreshing)
        return;
    m_refreshing = true;
    const StreamingSessionOptions o = options();
    const bool hls = o.protocol == StreamingProtocol::Hls;

    // What applies to this protocol and mode.
    setEnabledWithTip(m_container, hls, tr("DASH sessions are always fragmented MP4."));
    setEnabledWithTip(m_discontinuity, hls, tr("The discontinuity mode applies to HLS only."));
    setEnabledWithTip(m_displayNumber, !hls,
                      tr("Fragment numbers can be displayed in DASH manifests only."));
    const bool live = o.mode == PlaybackMode::Live;
    setEnabledWithTip(m_start, !live, tr("A LIVE session plays the newest fragments."));
    const bool onDemand = o.mode == PlaybackMode::OnDemand;
    if (onDemand)
        m_hasEnd->setChecked(true);
    setEnabledWithTip(m_hasEnd, o.mode == PlaybackMode::LiveReplay,
                      live ? tr("A LIVE session takes no time range.")
                           : tr("An ON_DEMAND session needs an end time."));
    m_end->setEnabled(onDemand || (o.mode == PlaybackMode::LiveReplay && m_hasEnd->isChecked()));
    if (live)
        m_rangeNote->setText(tr("LIVE plays the most recent fragments; no range."));
    else if (o.mode == PlaybackMode::LiveReplay && !m_hasEnd->isChecked())
        m_rangeNote->setText(tr("Without an end, the session keeps adding newly ingested "
                                "fragments until it expires."));
    else
        m_rangeNote->setText(tr("Times are local (%1); UTC %2 – %3. At most 24 hours.")
                                 .arg(m_start->dateTime().timeZoneAbbreviation(),
                                      m_start->dateTime().toUTC().toString(kDateFormat),
                                      m_end->dateTime().toUTC().toString(kDateFormat)));

    // "AWS default" shows what it resolves to for the chosen clock.
    StreamingSessionOptions resolved = o;
    resolved.discontinuity.reset();
    m_discontinuity->setItemText(
        0, tr("AWS default (%1)").arg(toWire(resolved.effectiveDiscontinuity())));
    resolved.maxFragments.reset();
    m_maxDefault->setText(tr("AWS default (%1)").arg(resolved.effectiveMaxFragments()));
    m_maxFragments->setEnabled(!m_maxDefault->isChecked());
    if (m_maxDefault->isChecked())
        m_maxFragments->setValue(int(resolved.effectiveMaxFragments()));

    const QString problem = o.validate();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(problem);
    m_refreshing = false;
}

} // namespace kinescope
