#pragma once

#include "correction/SubjectTab.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace sifa {
namespace ui {

// 矫正小组与家庭: the correction team (who, role, unit, sex: a woman's team needs a woman, a
// minor's someone who knows minors) and the family and main social relations.
class TeamTab : public SubjectTab {
    Q_OBJECT
public:
    TeamTab(Database &db, const Session &session, QWidget *parent = nullptr);

    QTableWidget *teamTable() const { return m_team; }
    QTableWidget *familyTable() const { return m_family; }

public Q_SLOTS:
    void addMember();
    void editMember();
    void addRelative();
    void editRelative();

protected:
    void showFile() override;

private:
    bool memberDialog(const CcRecord &member);
    bool relativeDialog(const CcRecord &relative);
    void removeSelected(QTableWidget *table, const QList<CcRecord> &records, const QString &entity);

    QLabel *m_problems;
    QTableWidget *m_team;
    QTableWidget *m_family;
    QList<QPushButton *> m_writeButtons;
};

} // namespace ui
} // namespace sifa
