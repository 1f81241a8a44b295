#pragma once

#include <utility>

// One field of an update (spec §3): left out (unchanged), sent as null (cleared), or a value.
template<typename T> class PatchValue
{
public:
    enum class State
    {
        Absent,
        Null,
        Set
    };

    PatchValue() = default;
    PatchValue(T value)
        : m_state(State::Set)
        , m_value(std::move(value))
    {
    }

    static PatchValue null()
    {
        PatchValue patch;
        patch.m_state = State::Null;
        return patch;
    }

    State state() const { return m_state; }
    bool isAbsent() const { return m_state == State::Absent; }
    bool isNull() const { return m_state == State::Null; }
    bool isSet() const { return m_state == State::Set; }
    // The value when set; a default-constructed T otherwise.
    const T& value() const { return m_value; }

    bool operator==(const PatchValue& other) const
    {
        return m_state == other.m_state && (m_state != State::Set || m_value == other.m_value);
    }

private:
    State m_state = State::Absent;
    T m_value {};
};
