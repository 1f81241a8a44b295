#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>
#include <deque>
#include <optional>

// Hands items from one thread to another, holding at most `capacity` of them: the producer waits
// while the consumer is behind, so memory stays flat however much is produced. close() wakes
// both sides for good, for a consumer that stops early.
template<typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(int capacity)
        : m_capacity(capacity)
    {
    }

    // False when the queue was closed; the item is dropped.
    bool put(T item) { return push(std::move(item), true); }
    // Like put(), without waiting: false when the queue is full or closed, and the item is
    // dropped on the caller's thread.
    bool tryPut(T item) { return push(std::move(item), false); }
    // The oldest item, waiting for one; std::nullopt once the queue is closed and empty.
    std::optional<T> take() { return pop(true); }
    // The oldest item, or std::nullopt at once when there is none.
    std::optional<T> tryTake() { return pop(false); }

    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notFull.wakeAll();
        m_notEmpty.wakeAll();
    }

private:
    bool push(T item, bool wait)
    {
        QMutexLocker lock(&m_mutex);
        while (wait && !m_closed && int(m_items.size()) >= m_capacity)
            m_notFull.wait(&m_mutex);
        if (m_closed || int(m_items.size()) >= m_capacity)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.wakeOne();
        return true;
    }

    std::optional<T> pop(bool wait)
    {
        QMutexLocker lock(&m_mutex);
        while (wait && !m_closed && m_items.empty())
            m_notEmpty.wait(&m_mutex);
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeOne();
        return item;
    }

    const int m_capacity;
    QMutex m_mutex;
    QWaitCondition m_notFull;
    QWaitCondition m_notEmpty;
    std::deque<T> m_items;
    bool m_closed = false;
};
