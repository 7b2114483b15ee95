#include "ui/inspector/track_details_view.h"

#include <QHeaderView>

namespace kinescope {

namespace {

QTreeWidgetItem* addField(QTreeWidgetItem* parent, const QString& name, const QString& value) {
    auto* item = new QTreeWidgetItem(parent, {name, value});
    return item;
}

} // namespace

TrackDetailsView::TrackDetailsView(QWidget* parent)
    : QTreeWidget(parent) {
    setColumnCount(2);
    setHeaderLabels({tr("Track"), tr("Details")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setAlternatingRowColors(true);
}

void TrackDetailsView::setTracks(const QList<TrackInfo>& tracks) {
    clear();
    for (const TrackInfo& t : tracks) {
        const QString summary = t.codec.decoded() ? t.codec.summary() : t.codecId;
        auto* top =
            new QTreeWidgetItem(this, {tr("Track %1 (%2)").arg(t.number).arg(t.type), summary});
        addField(top, tr("Codec ID"), t.codecId);
        if (!t.name.isEmpty())
            addField(top, tr("Name"), t.name);
        if (!t.language.isEmpty())
            addField(top, tr("Language"), t.language);
        addField(top, tr("Time base"),
                 QStringLiteral("%1/%2").arg(t.timeBaseNum).arg(t.timeBaseDen));
        if (t.width > 0)
            addField(top, tr("Container size"), tr("%1×%2").arg(t.width).arg(t.height));
        if (t.sampleRate > 0)
            addField(top, tr("Audio"),
                     tr("%1 Hz, %2 channel(s)").arg(t.sampleRate).arg(t.channels));
        if (t.defaultDurationNs > 0)
            addField(top, tr("Default duration"), tr("%1 ns").arg(t.defaultDurationNs));
        addField(top, tr("Offset"), QString::number(t.offset));
        addField(top, tr("Codec private"), tr("%n byte(s)", nullptr, int(t.codecPrivate.size())));
        const CodecDetails& c = t.codec;
        if (c.decoded()) {
            auto* codec = addField(top, tr("Decoded"), c.codec);
            if (!c.profile.isEmpty())
                addField(codec, tr("Profile"), c.profile);
            if (!c.level.isEmpty())
                addField(codec, tr("Level"), c.level);
            if (!c.tier.isEmpty())
                addField(codec, tr("Tier"), c.tier);
            if (c.width > 0)
                addField(codec, tr("Resolution"), tr("%1×%2").arg(c.width).arg(c.height));
            if (c.frameRate > 0)
                addField(codec, tr("Frame rate"), tr("%1 fps").arg(c.frameRate));
            if (!c.chromaFormat.isEmpty())
                addField(codec, tr("Chroma"), c.chromaFormat);
            if (c.bitDepthLuma > 0)
                addField(codec, tr("Bit depth"),
                         tr("%1 (luma), %2 (chroma)").arg(c.bitDepthLuma).arg(c.bitDepthChroma));
            if (c.sampleRate > 0)
                addField(codec, tr("Sample rate"), tr("%1 Hz").arg(c.sampleRate));
            if (c.channels > 0)
                addField(codec, tr("Channels"), QString::number(c.channels));
            for (const ParameterSetInfo& ps : c.parameterSets) {
                QString text = tr("id %1, %n byte(s)", nullptr, ps.size).arg(ps.id);
                if (!ps.error.isEmpty())
                    text += QStringLiteral(" — ") + ps.error;
                addField(codec, ps.kind, text);
            }
        }
        if (!c.error.isEmpty())
            addField(top, tr("Decoding error"), c.error);
    }
    expandAll();
}

} // namespace kinescope
