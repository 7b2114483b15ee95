#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace kinescope {

// The AWS CLI's pagination knobs: MaxItems (stop after this many items in total and hand
// back a token to resume), PageSize (MaxResults of each call) and StartingToken (resume).
struct PaginationOptions {
    qint64 maxItems = 0; // 0 = all
    int pageSize = 0;    // 0 = the service default
    QString startingToken;
};

template <typename Item> struct Page {
    QList<Item> items;
    QString nextToken;
};

// Resume tokens: a service NextToken plus how many items of that page were already handed
// out, so MaxItems can stop in the middle of a page and resume exactly there.
struct ResumeToken {
    QString nextToken;
    qint64 skip = 0;

    QString encode() const {
        if (skip == 0)
            return nextToken;
        const QJsonObject o{{QStringLiteral("NextToken"), nextToken},
                            {QStringLiteral("skip"), skip}};
        return QStringLiteral("kinescope1:") +
               QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64());
    }
    static ResumeToken decode(const QString& token) {
        if (!token.startsWith(QLatin1String("kinescope1:")))
            return {token, 0};
        const QJsonObject o =
            QJsonDocument::fromJson(QByteArray::fromBase64(token.mid(11).toLatin1())).object();
        return {o.value(QStringLiteral("NextToken")).toString(),
                qint64(o.value(QStringLiteral("skip")).toDouble())};
    }
};

// Drives a NextToken operation to the end. It stops only when a page has no token: an empty
// page that still carries one is not the end. Items are delivered page by page.
template <typename Item> class Paginator : public std::enable_shared_from_this<Paginator<Item>> {
public:
    using PageCallback = std::function<void(const Result<Page<Item>>&)>;
    using Fetch = std::function<void(const QString& token, int pageSize, PageCallback done)>;
    using OnItems = std::function<void(const QList<Item>& items)>;
    // Finished: the resume token (empty when everything was read) or the error.
    using OnDone = std::function<void(const Result<QString>& resumeToken)>;

    static std::shared_ptr<Paginator> start(PaginationOptions options, Fetch fetch, OnItems onItems,
                                            OnDone onDone) {
        std::shared_ptr<Paginator> p(new Paginator(std::move(options), std::move(fetch),
                                                   std::move(onItems), std::move(onDone)));
        p->next(ResumeToken::decode(p->m_options.startingToken));
        return p;
    }

    void cancel() { m_canceled = true; }
    qint64 delivered() const { return m_delivered; }
    int pages() const { return m_pages; }

private:
    Paginator(PaginationOptions options, Fetch fetch, OnItems onItems, OnDone onDone)
        : m_options(std::move(options))
        , m_fetch(std::move(fetch))
        , m_onItems(std::move(onItems))
        , m_onDone(std::move(onDone)) {}

    void next(ResumeToken token) {
        auto self = this->shared_from_this();
        m_fetch(token.nextToken, m_options.pageSize,
                [self, token](const Result<Page<Item>>& page) { self->onPage(token, page); });
    }

    void onPage(const ResumeToken& requested, const Result<Page<Item>>& page) {
        if (m_canceled)
            return;
        if (!page) {
            m_onDone(page.error());
            return;
        }
        ++m_pages;
        QList<Item> items = page->items.mid(requested.skip);
        bool truncated = false;
        if (m_options.maxItems > 0 && m_delivered + items.size() > m_options.maxItems) {
            items = items.mid(0, m_options.maxItems - m_delivered);
            truncated = true;
        }
        m_delivered += items.size();
        if (!items.isEmpty())
            m_onItems(items);
        if (m_canceled)
            return;
        if (truncated) {
            m_onDone(ResumeToken{requested.nextToken, requested.skip + items.size()}.encode());
            return;
        }
        if (page->nextToken.isEmpty()) {
            m_onDone(QString());
            return;
        }
        if (m_options.maxItems > 0 && m_delivered >= m_options.maxItems) {
            m_onDone(page->nextToken);
            return;
        }
        next(ResumeToken{page->nextToken, 0});
    }

    PaginationOptions m_options;
    Fetch m_fetch;
    OnItems m_onItems;
    OnDone m_onDone;
    qint64 m_delivered = 0;
    int m_pages = 0;
    bool m_canceled = false;
};

} // namespace kinescope
