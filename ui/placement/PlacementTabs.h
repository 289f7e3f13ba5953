#pragma once

#include "placement/PlacementTab.h"

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace sifa {
namespace ui {

class RecordSection;

// 基本情况: the person, the release, the offence, the person now; corrections of the file's and
// the person's data.
class PersonTab : public PlacementTab {
    Q_OBJECT
public:
    PersonTab(Database &db, const Session &session, QWidget *parent = nullptr);
    QTextBrowser *view() const { return m_view; }

protected:
    void showFile() override;

private:
    QTextBrowser *m_view;
};

// 衔接: how and when the person came back, reporting to the office and the police; the hand-over,
// whereabouts unknown and the police registration as steps.
class HandoverTab : public PlacementTab {
    Q_OBJECT
public:
    HandoverTab(Database &db, const Session &session, QWidget *parent = nullptr);
    QTextBrowser *view() const { return m_view; }

protected:
    void showFile() override;

private:
    QTextBrowser *m_view;
};

// 危险性评估: the assessments, newest first, with the factors ticked; when the next is due; a
// new assessment.
class RiskTab : public PlacementTab {
    Q_OBJECT
public:
    RiskTab(Database &db, const Session &session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

protected:
    void showFile() override;

private:
    QLabel *m_due;
    QTableWidget *m_table;
};

// 帮教小组与协议: the group's members and the agreements signed.
class GroupTab : public PlacementTab {
    Q_OBJECT
public:
    GroupTab(Database &db, const Session &session, QWidget *parent = nullptr);
    RecordSection *members() const { return m_members; }
    RecordSection *agreements() const { return m_agreements; }

protected:
    void showFile() override;

private:
    RecordSection *m_members;
    RecordSection *m_agreements;
};

// 走访谈话: visits, talks and return visits with the current-conduct rating; when the next is due.
class VisitsTab : public PlacementTab {
    Q_OBJECT
public:
    VisitsTab(Database &db, const Session &session, QWidget *parent = nullptr);
    RecordSection *visits() const { return m_visits; }

protected:
    void showFile() override;

private:
    RecordSection *m_visits;
};

// 安置与救助: placements (how, employer, insurance, relief) and social assistance (kind, amount).
class AssistTab : public PlacementTab {
    Q_OBJECT
public:
    AssistTab(Database &db, const Session &session, QWidget *parent = nullptr);
    RecordSection *placements() const { return m_placements; }
    RecordSection *assistance() const { return m_assistance; }

protected:
    void showFile() override;

private:
    RecordSection *m_placements;
    RecordSection *m_assistance;
};

// 迁居与解除: moves and returns to prison; the end of the period or how the file ended; ending
// the assistance and reopening a file ended by mistake (audited).
class EndTab : public PlacementTab {
    Q_OBJECT
public:
    EndTab(Database &db, const Session &session, QWidget *parent = nullptr);
    RecordSection *moves() const { return m_moves; }

protected:
    void showFile() override;

private:
    RecordSection *m_moves;
    QTextBrowser *m_view;
};

} // namespace ui
} // namespace sifa
