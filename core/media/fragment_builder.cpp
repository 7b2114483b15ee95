#include "core/media/fragment_builder.h"

#include <limits>

namespace kinescope {

namespace {
__extension__ using Int128 = __int128;
} // namespace

std::optional<qint64> parseKvsTimestampMs(QStringView text) {
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qint64 seconds = 0;
    qsizetype i = 0;
    for (; i < text.size() && text[i].isDigit(); ++i) {
        if (seconds > 100'000'000'000LL)
            return std::nullopt;
        seconds = seconds * 10 + text[i].digitValue();
    }
    if (i == 0)
        return std::nullopt;
    qint64 millis = 0;
    bool roundUp = false;
    if (i < text.size()) {
        if (text[i] != QLatin1Char('.'))
            return std::nullopt;
        ++i;
        int digits = 0;
        for (; i < text.size() && text[i].isDigit(); ++i, ++digits) {
            if (digits < 3)
                millis = millis * 10 + text[i].digitValue();
            else if (text[i] != QLatin1Char('0'))
                roundUp = true;
        }
        if (i != text.size())
            return std::nullopt;
        for (; digits < 3; ++digits)
            millis *= 10;
    }
    return seconds * 1000 + millis + (roundUp ? 1 : 0);
}

qint64 ticksToMs(qint64 ticks, qint64 num, qint64 den) {
    if (den <= 0 || num <= 0)
        return 0;
    if (den == num * 1000)
        return ticks; // already milliseconds (Matroska's default time base)
    const Int128 scaled = Int128(ticks) * num * 1000;
    Int128 ms = scaled / den;
    if (scaled % den != 0 && scaled < 0)
        --ms; // floor
    if (ms > Int128(std::numeric_limits<qint64>::max()))
        return std::numeric_limits<qint64>::max();
    if (ms < Int128(std::numeric_limits<qint64>::min()))
        return std::numeric_limits<qint64>::min();
    return qint64(ms);
}

void FragmentBuilder::begin(quint64 offset) {
    m_current = FragmentSummary{};
    m_current.index = m_nextIndex++;
    m_current.offset = offset;
    m_active = true;
    m_startMs.reset();
    m_endMs.reset();
    m_clocks.clear();
}

void FragmentBuilder::addFrame(const FrameInfo& frame, qint64 timeBaseNum, qint64 timeBaseDen) {
    if (!m_active)
        begin(frame.offset);
    FragmentSummary& f = m_current;
    if (frame.keyframe && (m_keyTrack == 0 || frame.track == m_keyTrack)) {
        if (f.firstKeyframeIndex < 0) {
            f.firstKeyframeIndex = qint32(f.frameCount);
            f.firstKeyframeOffset = frame.offset;
        }
        ++f.keyframeCount;
    }
    ++f.frameCount;
    if (timeBaseDen <= 0)
        return;
    const qint64 ptsMs = ticksToMs(frame.pts, timeBaseNum, timeBaseDen);
    TrackClock* clock = nullptr;
    for (TrackClock& c : m_clocks) {
        if (c.track == frame.track)
            clock = &c;
    }
    qint64 endMs = ptsMs;
    if (frame.duration >= 0) {
        endMs = ticksToMs(frame.pts + frame.duration, timeBaseNum, timeBaseDen);
    } else if (clock) {
        const qint64 delta = ptsMs - clock->lastPtsMs;
        if (delta > 0)
            clock->lastDeltaMs = delta;
        if (clock->lastDeltaMs > 0)
            endMs = ptsMs + clock->lastDeltaMs;
    }
    if (!clock) {
        if (m_clocks.size() < 64)
            m_clocks.append(TrackClock{frame.track, ptsMs, -1});
    } else {
        clock->lastPtsMs = ptsMs;
    }
    if (!m_startMs || ptsMs < *m_startMs)
        m_startMs = ptsMs;
    if (!m_endMs || endMs > *m_endMs)
        m_endMs = endMs;
}

void FragmentBuilder::addTag(const QString& name, const QString& value) {
    if (!m_active)
        begin(0);
    FragmentSummary& f = m_current;
    if (f.tags.size() >= kMaxTagsPerFragment) {
        ++f.droppedTags;
        return;
    }
    const QString kept = value.size() > kMaxTagValueChars ? value.left(kMaxTagValueChars) : value;
    f.tags.append({name, kept});
    if (!name.startsWith(QLatin1String(kvs_tag::Prefix)))
        return;
    m_sawKvsTag = true;
    if (name == QLatin1String(kvs_tag::FragmentNumber)) {
        if (f.fragmentNumber.isEmpty())
            f.fragmentNumber = kept;
    } else if (name == QLatin1String(kvs_tag::ServerTimestamp) ||
               name == QLatin1String(kvs_tag::ServerSideTimestamp)) {
        if (!f.serverTimestampMs)
            f.serverTimestampMs = parseKvsTimestampMs(kept);
    } else if (name == QLatin1String(kvs_tag::ProducerTimestamp) ||
               name == QLatin1String(kvs_tag::ProducerSideTimestamp)) {
        if (!f.producerTimestampMs)
            f.producerTimestampMs = parseKvsTimestampMs(kept);
    } else if (name == QLatin1String(kvs_tag::ErrorId) ||
               name == QLatin1String(kvs_tag::ExceptionErrorCode)) {
        f.errorCode = kept;
    } else if (name == QLatin1String(kvs_tag::ErrorCode) ||
               name == QLatin1String(kvs_tag::ExceptionMessage)) {
        f.errorMessage = kept;
    }
}

FragmentSummary FragmentBuilder::finish(quint64 endOffset) {
    m_active = false;
    FragmentSummary f = std::move(m_current);
    m_current = FragmentSummary{};
    f.bytes = endOffset >= f.offset ? endOffset - f.offset : 0;
    f.startMs = m_startMs;
    if (m_startMs && m_endMs)
        f.durationMs = *m_endMs - *m_startMs;
    return f;
}

} // namespace kinescope
