<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>释放日期</translation>
    </message>
    <message>
        <source>Category at the period&apos;s end</source>
        <translation>期末类别</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>衔接</translation>
    </message>
    <message>
        <source>How</source>
        <translation>衔接方式</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>衔接日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attachments cannot be kept with a %1.</source>
        <translation>不能为 %1 保存附件。</translation>
    </message>
    <message>
        <source>reading an attachment</source>
        <translation>读取附件</translation>
    </message>
    <message>
        <source>This attachment does not exist.</source>
        <translation>该附件不存在。</translation>
    </message>
    <message>
        <source>Application or referral letter</source>
        <translation>申请书或移送函</translation>
    </message>
    <message>
        <source>Signed agreement</source>
        <translation>已签字的调解协议书</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The case for this attachment does not exist.</source>
        <translation>该附件所属的案件不存在。</translation>
    </message>
    <message>
        <source>Choose what kind of document this is.</source>
        <translation>请选择该文件的材料类别。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>%1 超过 %2 MB，请降低分辨率重新扫描。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read all of %1.</source>
        <translation>无法完整读取 %1。</translation>
    </message>
    <message>
        <source>storing an attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>reading the attachments</source>
        <translation>读取附件列表</translation>
    </message>
    <message>
        <source>The content of %1 is not in this database (it may still be on its way in a sync bundle).</source>
        <translation>本数据库中没有 %1 的内容（可能仍在同步数据包中传送）。</translation>
    </message>
    <message>
        <source>The stored content of %1 is damaged: its SHA-256 no longer matches. Restore it from a backup.</source>
        <translation>%1 的存储内容已损坏：SHA-256 校验值不符。请从备份中恢复。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Give the reason the attachment is removed.</source>
        <translation>请填写删除附件的原因。</translation>
    </message>
    <message>
        <source>Printout kept by SifaDesk</source>
        <translation>本系统打印件</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Database set up</source>
        <translation>建立数据库</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked after failures</source>
        <translation>多次登录失败，账户已锁定</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <source>Screen unlock failed</source>
        <translation>解锁屏幕失败</translation>
    </message>
    <message>
        <source>Password change failed</source>
        <translation>修改密码失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Screen locked after idle time</source>
        <translation>空闲超时，锁定屏幕</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password reset by administrator</source>
        <translation>系统管理员重置密码</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解锁账户</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Database checked</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>修改人员信息</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Person restored</source>
        <translation>恢复人员</translation>
    </message>
    <message>
        <source>People listed with full ID numbers</source>
        <translation>列出人员（显示完整身份证号码）</translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>Records %1 to %2 are missing: they were deleted.</source>
        <translation>第 %1 至 %2 条记录缺失：已被删除。</translation>
    </message>
    <message>
        <source>Record %1 does not follow the record before it: records were reordered, inserted or replaced.</source>
        <translation>第 %1 条记录与前一条记录衔接不上：有记录被调换顺序、插入或替换。</translation>
    </message>
    <message>
        <source>Record %1 was changed after it was written.</source>
        <translation>第 %1 条记录在写入后被修改过。</translation>
    </message>
    <message>
        <source>The trail ends at record %1, but it had reached record %2: the last records were deleted.</source>
        <translation>审计日志止于第 %1 条记录，但此前已记到第 %2 条：最后的若干条记录已被删除。</translation>
    </message>
    <message>
        <source>Record %1 does not match the recorded end of the trail.</source>
        <translation>第 %1 条记录与登记的日志末尾不符。</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>The audit trail is empty, but every database starts it when it is set up: the records were deleted.</source>
        <translation>审计日志为空，但每个数据库建立时都会写入第一条审计记录：记录已被删除。</translation>
    </message>
    <message>
        <source>The record of where the audit trail ends is missing: it was removed.</source>
        <translation>审计日志末尾的登记缺失：已被删除。</translation>
    </message>
    <message>
        <source>Mediation committee added</source>
        <translation>新增人民调解委员会</translation>
    </message>
    <message>
        <source>Mediation committee changed</source>
        <translation>修改人民调解委员会</translation>
    </message>
    <message>
        <source>Mediation committee removed</source>
        <translation>删除人民调解委员会</translation>
    </message>
    <message>
        <source>Mediator added</source>
        <translation>新增调解员</translation>
    </message>
    <message>
        <source>Mediator changed</source>
        <translation>修改调解员信息</translation>
    </message>
    <message>
        <source>Mediator removed</source>
        <translation>删除调解员</translation>
    </message>
    <message>
        <source>Screening entry added</source>
        <translation>新增矛盾纠纷排查记录</translation>
    </message>
    <message>
        <source>Screening entry changed</source>
        <translation>修改矛盾纠纷排查记录</translation>
    </message>
    <message>
        <source>Screening entry removed</source>
        <translation>删除矛盾纠纷排查记录</translation>
    </message>
    <message>
        <source>Dispute registered</source>
        <translation>登记纠纷</translation>
    </message>
    <message>
        <source>Dispute changed</source>
        <translation>修改纠纷</translation>
    </message>
    <message>
        <source>Dispute removed</source>
        <translation>删除纠纷</translation>
    </message>
    <message>
        <source>Dispute restored</source>
        <translation>恢复纠纷</translation>
    </message>
    <message>
        <source>Archived case reopened</source>
        <translation>重新启用已归档案件</translation>
    </message>
    <message>
        <source>Mediation time limit extended</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>Mediation ledger imported</source>
        <translation>导入人民调解台账</translation>
    </message>
    <message>
        <source>Mediation ledger exported</source>
        <translation>导出人民调解台账</translation>
    </message>
    <message>
        <source>Party added</source>
        <translation>新增当事人</translation>
    </message>
    <message>
        <source>Party changed</source>
        <translation>修改当事人信息</translation>
    </message>
    <message>
        <source>Party removed</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <source>Mediation record added</source>
        <translation>新增调解记录</translation>
    </message>
    <message>
        <source>Mediation record changed</source>
        <translation>修改调解记录</translation>
    </message>
    <message>
        <source>Mediation record removed</source>
        <translation>删除调解记录</translation>
    </message>
    <message>
        <source>Agreement recorded</source>
        <translation>登记调解协议</translation>
    </message>
    <message>
        <source>Agreement changed</source>
        <translation>修改调解协议</translation>
    </message>
    <message>
        <source>Agreement clause added</source>
        <translation>新增协议条款</translation>
    </message>
    <message>
        <source>Agreement clause changed</source>
        <translation>修改协议条款</translation>
    </message>
    <message>
        <source>Agreement clause removed</source>
        <translation>删除协议条款</translation>
    </message>
    <message>
        <source>Return visit recorded</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Return visit changed</source>
        <translation>修改回访记录</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Attachment opened</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>Attachment saved to a file</source>
        <translation>将附件另存为文件</translation>
    </message>
    <message>
        <source>Correction file opened</source>
        <translation>建立社区矫正档案</translation>
    </message>
    <message>
        <source>Correction file changed</source>
        <translation>修改社区矫正档案</translation>
    </message>
    <message>
        <source>Correction file removed</source>
        <translation>删除社区矫正档案</translation>
    </message>
    <message>
        <source>Supervision grade recorded</source>
        <translation>登记管理类别</translation>
    </message>
    <message>
        <source>Correction team member added</source>
        <translation>新增矫正小组成员</translation>
    </message>
    <message>
        <source>Correction team member changed</source>
        <translation>修改矫正小组成员信息</translation>
    </message>
    <message>
        <source>Correction team member removed</source>
        <translation>删除矫正小组成员</translation>
    </message>
    <message>
        <source>Family member added</source>
        <translation>新增家庭成员</translation>
    </message>
    <message>
        <source>Family member changed</source>
        <translation>修改家庭成员信息</translation>
    </message>
    <message>
        <source>Family member removed</source>
        <translation>删除家庭成员</translation>
    </message>
    <message>
        <source>Supervision record added</source>
        <translation>新增日常监管记录</translation>
    </message>
    <message>
        <source>Supervision record changed</source>
        <translation>修改日常监管记录</translation>
    </message>
    <message>
        <source>Supervision record removed</source>
        <translation>删除日常监管记录</translation>
    </message>
    <message>
        <source>Request registered</source>
        <translation>登记申请事项</translation>
    </message>
    <message>
        <source>Request reviewed or decided</source>
        <translation>审核或审批申请事项</translation>
    </message>
    <message>
        <source>Reward or penalty proposed</source>
        <translation>提请奖惩</translation>
    </message>
    <message>
        <source>Decision on a proposal recorded</source>
        <translation>登记提请事项的决定</translation>
    </message>
    <message>
        <source>Score entry added</source>
        <translation>新增考核计分记录</translation>
    </message>
    <message>
        <source>Score entry removed</source>
        <translation>删除考核计分记录</translation>
    </message>
    <message>
        <source>Electronic monitoring recorded</source>
        <translation>登记使用电子定位装置</translation>
    </message>
    <message>
        <source>Electronic monitoring changed</source>
        <translation>修改电子定位记录</translation>
    </message>
    <message>
        <source>Lost contact recorded</source>
        <translation>登记失联</translation>
    </message>
    <message>
        <source>Lost contact updated</source>
        <translation>更新失联记录</translation>
    </message>
    <message>
        <source>Pre-sentence assessment registered</source>
        <translation>登记调查评估</translation>
    </message>
    <message>
        <source>Pre-sentence assessment changed</source>
        <translation>修改调查评估</translation>
    </message>
    <message>
        <source>Key period declared</source>
        <translation>设定重点时段</translation>
    </message>
    <message>
        <source>Person added to a key period</source>
        <translation>将人员列入重点时段</translation>
    </message>
    <message>
        <source>Correction file read</source>
        <translation>查阅社区矫正档案</translation>
    </message>
    <message>
        <source>Sealed correction file read</source>
        <translation>查阅已封存的社区矫正档案</translation>
    </message>
    <message>
        <source>Correction list shown with full ID numbers</source>
        <translation>列出社区矫正对象（显示完整身份证号码）</translation>
    </message>
    <message>
        <source>Correction file reopened</source>
        <translation>重新启用社区矫正档案</translation>
    </message>
    <message>
        <source>Correction ledger imported</source>
        <translation>导入社区矫正对象台账</translation>
    </message>
    <message>
        <source>Correction ledger exported</source>
        <translation>导出社区矫正对象台账</translation>
    </message>
    <message>
        <source>Resettlement file read</source>
        <translation>查阅安置帮教档案</translation>
    </message>
    <message>
        <source>Resettlement list shown with full ID numbers</source>
        <translation>安置帮教名册显示完整身份证号码</translation>
    </message>
    <message>
        <source>Resettlement file reopened</source>
        <translation>重新开启安置帮教档案</translation>
    </message>
    <message>
        <source>Resettlement ledger imported</source>
        <translation>导入安置帮教台账</translation>
    </message>
    <message>
        <source>Resettlement ledger exported</source>
        <translation>导出安置帮教台账</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>making a backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>opening the database for backup</source>
        <translation>打开数据库以备份</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check; the database itself may be damaged. Run a check.</source>
        <translation>备份副本未通过完整性检查，数据库本身可能已损坏。请检查数据库。</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>找不到备份文件 %1。</translation>
    </message>
    <message>
        <source>%1 is not a SifaDesk backup.</source>
        <translation>%1 不是司法所工作台的备份文件。</translation>
    </message>
    <message>
        <source>reading the backup</source>
        <translation>读取备份</translation>
    </message>
    <message>
        <source>checking the backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2). Choose another backup.</source>
        <translation>备份 %1 已损坏（%2）。请选择其他备份。</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 写入失败：%2</translation>
    </message>
    <message>
        <source>The database is open in SifaDesk or another program. Close it everywhere, then restore again; nothing was changed.</source>
        <translation>数据库正被司法所工作台或其他程序打开。请在各处关闭后再恢复；未作任何改动。</translation>
    </message>
    <message>
        <source>The current database could not be kept as a safety copy, so nothing was restored: %1</source>
        <translation>未能将当前数据库保存为安全副本，因此未进行恢复：%1</translation>
    </message>
    <message>
        <source>%1 could not be written completely.</source>
        <translation>%1 未能完整写入。</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Correct the investigation record</source>
        <translation>更正调查记录</translation>
    </message>
    <message>
        <source>Record an investigation</source>
        <translation>登记调查情况</translation>
    </message>
    <message>
        <source>Correct the mediation session record</source>
        <translation>更正调解记录</translation>
    </message>
    <message>
        <source>Record a mediation session</source>
        <translation>登记调解情况</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Investigated by *:</source>
        <translation>调查人 *：</translation>
    </message>
    <message>
        <source>Mediators *:</source>
        <translation>调解员 *：</translation>
    </message>
    <message>
        <source>Persons questioned:</source>
        <translation>被调查人：</translation>
    </message>
    <message>
        <source>Parties present:</source>
        <translation>到场当事人：</translation>
    </message>
    <message>
        <source>Others taking part:</source>
        <translation>其他参加人：</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>Findings *:</source>
        <translation>调查情况 *：</translation>
    </message>
    <message>
        <source>What was said and agreed *:</source>
        <translation>调解情况及达成的意见 *：</translation>
    </message>
    <message>
        <source>Remove the record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Why is this record removed? It stays in the change log.</source>
        <translation>请填写删除此记录的原因，该原因将保留在变更日志中。</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Accept the case</source>
        <translation>受理案件</translation>
    </message>
    <message>
        <source>Accepted on:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <source>Do not accept the case</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <source>Reason *:</source>
        <translation>原因 *：</translation>
    </message>
    <message>
        <source>Terminate the mediation</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>Terminated on:</source>
        <translation>终止日期：</translation>
    </message>
    <message>
        <source>The parties were told of arbitration, administrative and court routes (Art. 26)</source>
        <translation>已告知当事人可依法通过仲裁、行政、司法等途径维护自己的权利（第二十六条）</translation>
    </message>
    <message>
        <source>Record performance of the agreement</source>
        <translation>登记协议履行情况</translation>
    </message>
    <message>
        <source>Performance:</source>
        <translation>履行情况：</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至日期：</translation>
    </message>
    <message>
        <source>Archive the case</source>
        <translation>案件归档</translation>
    </message>
    <message>
        <source>Archived on:</source>
        <translation>归档日期：</translation>
    </message>
    <message>
        <source>Filed by *:</source>
        <translation>立卷人 *：</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>保管期限：</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>短期</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>重新启用案件</translation>
    </message>
    <message>
        <source>Why is the case reopened? *</source>
        <translation>重新启用案件的原因 *</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>New time limit:</source>
        <translation>新的调解期限：</translation>
    </message>
    <message>
        <source>Both parties agreed, and why *:</source>
        <translation>双方当事人同意延长的情况及理由 *：</translation>
    </message>
    <message>
        <source>Record a return visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>回访日期：</translation>
    </message>
    <message>
        <source>Visited by *:</source>
        <translation>回访人 *：</translation>
    </message>
    <message>
        <source>Persons visited:</source>
        <translation>被回访人：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>A party has gone to court over the dispute</source>
        <translation>已有当事人就该纠纷向人民法院起诉</translation>
    </message>
    <message>
        <source>What the visit found *:</source>
        <translation>回访情况 *：</translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation>采取的措施：</translation>
    </message>
    <message>
        <source>Application for judicial confirmation</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>The parties may apply jointly until %1.</source>
        <translation>当事人最迟可于 %1 共同提出申请。</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>申请日期：</translation>
    </message>
    <message>
        <source>Court *:</source>
        <translation>人民法院 *：</translation>
    </message>
    <message>
        <source>The court&apos;s decision</source>
        <translation>人民法院裁定</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>裁定结果：</translation>
    </message>
    <message>
        <source>Ruling number:</source>
        <translation>裁定书文号：</translation>
    </message>
    <message>
        <source>Ruled on:</source>
        <translation>裁定日期：</translation>
    </message>
    <message>
        <source>Assign to a responsible leader (包案)</source>
        <translation>指定包案领导</translation>
    </message>
    <message>
        <source>Responsible leader *:</source>
        <translation>包案领导 *：</translation>
    </message>
    <message>
        <source>To be resolved by:</source>
        <translation>化解期限：</translation>
    </message>
    <message>
        <source>Close the responsibility assignment</source>
        <translation>结束包案</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>办结日期：</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>There is no form called &quot;%1&quot;. The forms are: %2.</source>
        <extracomment>%1 the name given, %2 the forms there are</extracomment>
        <translation>没有名为“%1”的文书。可用的文书有：%2。</translation>
    </message>
    <message>
        <source>Case %2 has nothing for the form %1 yet; print it blank to fill in by hand.</source>
        <extracomment>%1 the form&apos;s title, %2 the case number</extracomment>
        <translation>案件 %2 尚无可填入%1的内容；可打印空白表手工填写。</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>卷宗 %1</translation>
    </message>
    <message>
        <source>kept with the file</source>
        <translation>随卷存放</translation>
    </message>
    <message>
        <source>Give the register&apos;s period as two dates, the first not after the second.</source>
        <translation>请用两个日期给出登记簿的期间，起始日期不能晚于截止日期。</translation>
    </message>
    <message>
        <source>Mediation register %1 to %2</source>
        <translation>人民调解案件登记簿 %1 至 %2</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the PDF.</source>
        <translation>无法为 PDF 创建临时文件夹。</translation>
    </message>
    <message>
        <source>The PDF could not be written to a temporary file: %1</source>
        <translation>PDF 无法写入临时文件：%1</translation>
    </message>
    <message>
        <source>%1 belongs to %2 and is not filled from a mediation case; print it blank.</source>
        <extracomment>%1 the form&apos;s title, %2 the module (社区矫正)</extracomment>
        <translation>%1属于%2文书，不能按调解案件填写；请打印空白表。</translation>
    </message>
</context>
<context>
    <name>CaseViews</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>given on acceptance</source>
        <translation>受理时编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>主持调解员</translation>
    </message>
    <message>
        <source>Assisting mediator</source>
        <translation>协助调解员</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>legal representative %1</source>
        <translation>法定代表人 %1</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Group dispute</source>
        <translation>群体性纠纷</translation>
    </message>
    <message>
        <source>Major or difficult</source>
        <translation>重大疑难纠纷</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>已报告公安机关</translation>
    </message>
    <message>
        <source>Prevented turning criminal</source>
        <translation>防止民间纠纷转化为刑事案件</translation>
    </message>
    <message>
        <source>Prevented a group petition</source>
        <translation>防止群体性上访</translation>
    </message>
    <message>
        <source>Prevented a group fight</source>
        <translation>防止群体性械斗</translation>
    </message>
    <message>
        <source>Prevented a suicide</source>
        <translation>防止民间纠纷引起自杀</translation>
    </message>
    <message>
        <source>Responsible leader (包案)</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <source>%1, to be resolved by %2%3</source>
        <translation>%1，化解期限 %2%3</translation>
    </message>
    <message>
        <source> (closed %1)</source>
        <translation> （已于 %1 办结）</translation>
    </message>
    <message>
        <source>Risk and prevention</source>
        <translation>风险与防范</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Not accepted because</source>
        <translation>不予受理原因</translation>
    </message>
    <message>
        <source>Extended until</source>
        <translation>延长至</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Result date</source>
        <translation>结果日期</translation>
    </message>
    <message>
        <source>Terminated because</source>
        <translation>终止调解原因</translation>
    </message>
    <message>
        <source>Other routes explained</source>
        <translation>已告知其他救济途径</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>立卷人</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>No agreement has been recorded.</source>
        <translation>尚未登记调解协议。</translation>
    </message>
    <message>
        <source>Written agreement</source>
        <translation>书面调解协议</translation>
    </message>
    <message>
        <source>Oral agreement</source>
        <translation>口头调解协议</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Facts and liability</source>
        <translation>纠纷事实及责任</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>协议金额</translation>
    </message>
    <message>
        <source>Performance method</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <source>Performance deadline</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>条款内容</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Performance and judicial confirmation</source>
        <translation>履行与司法确认</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Judicial confirmation applied</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Court&apos;s decision</source>
        <translation>人民法院裁定结果</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>裁定书</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Extended time limit:</source>
        <translation>延长后的调解期限：</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>调解期限：</translation>
    </message>
    <message>
        <source>Judicial confirmation until:</source>
        <translation>司法确认申请截止：</translation>
    </message>
    <message>
        <source>包案 %1:</source>
        <translation>包案（%1）：</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 已删除</translation>
    </message>
    <message numerus="yes">
        <source>Case details changed (%n field(s))</source>
        <translation>
            <numerusform>修改案件信息（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 已保存</translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation> （原因：%1）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>当事人 %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>reading a record</source>
        <translation>读取记录</translation>
    </message>
    <message>
        <source>The field %1 is required.</source>
        <translation>字段 %1 为必填项。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>reading the change history</source>
        <translation>读取变更历史</translation>
    </message>
    <message>
        <source>recording a change</source>
        <translation>记录变更</translation>
    </message>
    <message>
        <source>updating a record</source>
        <translation>更新记录</translation>
    </message>
    <message>
        <source>reading the change log</source>
        <translation>读取变更日志</translation>
    </message>
    <message>
        <source>The work was cancelled; nothing was saved.</source>
        <translation>操作已取消，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Repeat the password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The office database file.</source>
        <translation>机构数据库文件。</translation>
    </message>
    <message>
        <source>Sign in as USER (password from SIFA_PASSWORD or a prompt).</source>
        <translation>以 USER 身份登录（密码取自 SIFA_PASSWORD，或按提示输入）。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 格式，而不是文本。</translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation>请用 --db FILE 指定数据库。</translation>
    </message>
    <message>
        <source>Name the user with --user USER.</source>
        <translation>请用 --user USER 指定用户。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password was given (set SIFA_PASSWORD or type it at the prompt).</source>
        <translation>未提供密码（请设置 SIFA_PASSWORD，或按提示输入）。</translation>
    </message>
    <message>
        <source>%1 must choose a new password first: run sifa user passwd.</source>
        <translation>%1 须先设置新密码：请运行 sifa user passwd。</translation>
    </message>
    <message>
        <source>How many people to generate (default 240).</source>
        <translation>生成的人员数量（默认 240）。</translation>
    </message>
    <message>
        <source>Random seed (the same seed gives the same office).</source>
        <translation>随机种子（种子相同，生成的机构数据也相同）。</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE 已存在时将其替换。</translation>
    </message>
    <message>
        <source>Generate a demo office database (石浦镇司法所) with one account per role, all with the password from SIFA_PASSWORD or Demo-2026.</source>
        <translation>生成演示用的机构数据库（石浦镇司法所），每个角色一个账户，密码均取自 SIFA_PASSWORD，未设置时为 Demo-2026。</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 已存在；如需替换，请加上 --force。</translation>
    </message>
    <message numerus="yes">
        <source>Demo office written to %1: %n person(s).</source>
        <translation>
            <numerusform>演示机构已写入 %1：共 %n 名人员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts (password %1): %2</source>
        <translation>账户（密码 %1）：%2</translation>
    </message>
    <message>
        <source>9-digit township code (GB/T 2260 + GB/T 10114), or the 6-digit county code with --mode county.</source>
        <translation>9位乡镇代码（GB/T 2260 + GB/T 10114）；使用 --mode county 时为6位县级代码。</translation>
    </message>
    <message>
        <source>The office&apos;s name, e.g. 石浦镇司法所.</source>
        <translation>机构名称，例如：石浦镇司法所。</translation>
    </message>
    <message>
        <source>User name of the first administrator (password from SIFA_PASSWORD or a prompt).</source>
        <translation>首位系统管理员的用户名（密码取自 SIFA_PASSWORD，或按提示输入）。</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>系统管理员的姓名。</translation>
    </message>
    <message>
        <source>township (default) or county.</source>
        <translation>township（乡镇司法所，默认）或 county（县司法局）。</translation>
    </message>
    <message>
        <source>Create a new office database.</source>
        <translation>新建机构数据库。</translation>
    </message>
    <message>
        <source>sifa init needs --db, --office-code, --office-name and --admin.</source>
        <translation>sifa init 需要 --db、--office-code、--office-name 和 --admin 参数。</translation>
    </message>
    <message>
        <source>--mode is township or county.</source>
        <translation>--mode 只能是 township 或 county。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>Password for the administrator %1:</source>
        <translation>系统管理员 %1 的密码：</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3, %4); administrator: %5.</source>
        <translation>已为 %2（%3，%4）建立数据库 %1；系统管理员：%5。</translation>
    </message>
    <message>
        <source>county bureau</source>
        <translation>县司法局</translation>
    </message>
    <message>
        <source>township office</source>
        <translation>乡镇司法所</translation>
    </message>
    <message>
        <source>Also rebuild every synced table from the change log into a scratch database and report any difference.</source>
        <translation>同时根据变更日志在临时数据库中重建每个同步表，并报告所有差异。</translation>
    </message>
    <message>
        <source>Check a database: SQLite integrity, foreign keys, write-ahead logging, the audit chain and, optionally, the change log. Exit code 0 only if everything is sound.</source>
        <translation>检查数据库：SQLite 完整性、外键、预写日志（WAL）、审计链，以及（可选）变更日志。只有全部正常时退出码才为 0。</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>外键：%1</translation>
    </message>
    <message>
        <source>Journal mode: %1</source>
        <translation>日志模式：%1</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n record(s) checked, </source>
        <translation>
            <numerusform>审计日志：已检查 %n 条记录，</numerusform>
        </translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation>哈希链完好</translation>
    </message>
    <message numerus="yes">
        <source>Change log: %n op(s) replayed, </source>
        <translation>
            <numerusform>变更日志：已重放 %n 项操作，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) compared, </source>
        <translation>
            <numerusform>已比对 %n 行，</numerusform>
        </translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>无差异</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation>
            <numerusform>发现 %n 处差异：</numerusform>
        </translation>
    </message>
    <message>
        <source>The database has problems; see above.</source>
        <translation>数据库存在问题，详见上文。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>Back up a database with SQLite&apos;s online backup API (safe while SifaDesk is running). The copy is verified before it replaces FILE.</source>
        <translation>使用 SQLite 在线备份接口备份数据库（司法所工作台运行时也可安全使用）。副本经校验后才会替换 FILE。</translation>
    </message>
    <message>
        <source>Name the backup file with --out FILE.</source>
        <translation>请用 --out FILE 指定备份文件。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Restore a database from a backup. The backup is verified first and the current database is kept as a safety copy in its backup folder.</source>
        <translation>从备份恢复数据库。先校验备份，当前数据库作为安全副本保存在其备份文件夹中。</translation>
    </message>
    <message>
        <source>sifa restore needs --db FILE and --from FILE.</source>
        <translation>sifa restore 需要 --db FILE 和 --from FILE 参数。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation>被替换的数据库已保存为 %1。</translation>
    </message>
    <message>
        <source>Verify the audit trail&apos;s hash chain and report every edited, deleted or reordered record.</source>
        <translation>核验审计日志的哈希链，报告每一条被修改、删除或调换顺序的记录。</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact (%n record(s)).</source>
        <translation>
            <numerusform>审计日志完好（共 %n 条记录）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail has been tampered with; see above.</source>
        <translation>审计日志已被篡改，详见上文。</translation>
    </message>
    <message>
        <source>At most N records (default 100).</source>
        <translation>最多 N 条记录（默认 100）。</translation>
    </message>
    <message>
        <source>Only records of this user.</source>
        <translation>只列出该用户的记录。</translation>
    </message>
    <message>
        <source>Only actions starting with this, e.g. auth.</source>
        <translation>只列出以此开头的操作，例如 auth。</translation>
    </message>
    <message>
        <source>List the audit trail, newest first (auditors only).</source>
        <translation>列出审计日志，最新的在前（仅限审计员）。</translation>
    </message>
    <message>
        <source>Usage: sifa audit verify|list --db FILE ... (--help on each)</source>
        <translation>用法：sifa audit verify|list --db FILE ...（各子命令可加 --help 查看说明）</translation>
    </message>
    <message>
        <source>Name (&quot;·&quot; allowed).</source>
        <translation>姓名（可含“·”）。</translation>
    </message>
    <message>
        <source>Former name or alias.</source>
        <translation>曾用名或别名。</translation>
    </message>
    <message>
        <source>Sex code: 1 male, 2 female (filled from the ID number if omitted).</source>
        <translation>性别代码：1 男，2 女（省略时根据身份证号码自动填写）。</translation>
    </message>
    <message>
        <source>Ethnicity code (GB/T 3304, 01 = 汉族).</source>
        <translation>民族代码（GB/T 3304，01 = 汉族）。</translation>
    </message>
    <message>
        <source>Document type code (1 = 居民身份证, the default).</source>
        <translation>证件类型代码（1 = 居民身份证，默认值）。</translation>
    </message>
    <message>
        <source>Document number (15-digit numbers are upgraded to 18).</source>
        <translation>证件号码（15位号码自动升为18位）。</translation>
    </message>
    <message>
        <source>Education code.</source>
        <translation>文化程度代码。</translation>
    </message>
    <message>
        <source>Marital status code (GB/T 2261.2).</source>
        <translation>婚姻状况代码（GB/T 2261.2）。</translation>
    </message>
    <message>
        <source>Political status code (GB/T 4762).</source>
        <translation>政治面貌代码（GB/T 4762）。</translation>
    </message>
    <message>
        <source>Occupation.</source>
        <translation>职业。</translation>
    </message>
    <message>
        <source>Employer.</source>
        <translation>工作单位。</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>Household registration division code (6, 9 or 12 digits).</source>
        <translation>户籍地行政区划代码（6位、9位或12位）。</translation>
    </message>
    <message>
        <source>Household registration address.</source>
        <translation>户籍地详细地址。</translation>
    </message>
    <message>
        <source>Residence division code.</source>
        <translation>居住地行政区划代码。</translation>
    </message>
    <message>
        <source>Residence address.</source>
        <translation>居住地详细地址。</translation>
    </message>
    <message>
        <source>Note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Birth date yyyy-MM-dd (filled from the ID number if omitted).</source>
        <translation>出生日期，格式 yyyy-MM-dd（省略时根据身份证号码自动填写）。</translation>
    </message>
    <message>
        <source>--birth-date must be a date written yyyy-MM-dd.</source>
        <translation>--birth-date 须为 yyyy-MM-dd 格式的日期。</translation>
    </message>
    <message>
        <source>Add a person to the people index. Prints the new person&apos;s id. If the ID number is already in the index, nothing is added, the existing person&apos;s id is named and the exit code is 3.</source>
        <translation>向人员库添加人员，并输出新人员的 id。如该身份证号码已在人员库中，则不添加，改为输出已有人员的 id，退出码为 3。</translation>
    </message>
    <message>
        <source>The person to change.</source>
        <translation>要修改的人员。</translation>
    </message>
    <message>
        <source>Change fields of a person; fields not given stay as they are.</source>
        <translation>修改人员信息；未指定的字段保持不变。</translation>
    </message>
    <message>
        <source>Name, pinyin initials, ID number or phone.</source>
        <translation>姓名、拼音首字母、身份证号码或联系电话。</translation>
    </message>
    <message>
        <source>At most N people (default 500).</source>
        <translation>最多 N 人（默认 500）。</translation>
    </message>
    <message>
        <source>Also list removed people.</source>
        <translation>同时列出已删除的人员。</translation>
    </message>
    <message>
        <source>Show ID numbers in full (recorded in the audit trail).</source>
        <translation>显示完整的身份证号码（将记入审计日志）。</translation>
    </message>
    <message>
        <source>List the people index. ID numbers are masked unless --show-id.</source>
        <translation>列出人员库。身份证号码默认部分隐藏，加 --show-id 显示完整号码。</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>The person&apos;s id.</source>
        <translation>人员的 id。</translation>
    </message>
    <message>
        <source>Find the person by resident ID number instead.</source>
        <translation>改为按居民身份证号码查找人员。</translation>
    </message>
    <message>
        <source>Show one person.</source>
        <translation>显示一名人员的信息。</translation>
    </message>
    <message>
        <source>Nobody with this ID number is in the people index.</source>
        <translation>人员库中没有此身份证号码的人员。</translation>
    </message>
    <message>
        <source>Name the person with --uuid or --id-number.</source>
        <translation>请用 --uuid 或 --id-number 指定人员。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Former name</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1（%2岁）</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>This person was removed from the index.</source>
        <translation>此人员已从人员库中删除。</translation>
    </message>
    <message>
        <source>Why (kept in the change log).</source>
        <translation>原因（记入变更日志）。</translation>
    </message>
    <message>
        <source>Bring a removed person back into the index.</source>
        <translation>将已删除的人员恢复到人员库。</translation>
    </message>
    <message>
        <source>Remove a person from the index (the record is kept as a tombstone).</source>
        <translation>从人员库中删除人员（记录仍予保留，可以恢复）。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Usage: sifa person add|edit|list|show|delete|restore ... (--help on each)</source>
        <translation>用法：sifa person add|edit|list|show|delete|restore ...（各子命令可加 --help 查看说明）</translation>
    </message>
    <message>
        <source>List the office settings (administrators only).</source>
        <translation>列出机构设置（仅限系统管理员）。</translation>
    </message>
    <message>
        <source>The setting&apos;s key (see sifa settings list).</source>
        <translation>设置项的键名（见 sifa settings list）。</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>新的值。</translation>
    </message>
    <message>
        <source>Change an office setting (administrators only).</source>
        <translation>修改一项机构设置（仅限系统管理员）。</translation>
    </message>
    <message>
        <source>Usage: sifa settings list|set --db FILE --user USER ... (--help on each)</source>
        <translation>用法：sifa settings list|set --db FILE --user USER ...（各子命令可加 --help 查看说明）</translation>
    </message>
    <message>
        <source>There is no setting %1; see sifa settings list.</source>
        <translation>没有设置项 %1，请查看 sifa settings list。</translation>
    </message>
    <message>
        <source>Usage: sifa user add|list|passwd|reset|unlock|disable|enable|role ... (--help on each)</source>
        <translation>用法：sifa user add|list|passwd|reset|unlock|disable|enable|role ...（各子命令可加 --help 查看说明）</translation>
    </message>
    <message>
        <source>The new user&apos;s sign-in name.</source>
        <translation>新用户的登录名。</translation>
    </message>
    <message>
        <source>The new user&apos;s full name.</source>
        <translation>新用户的姓名。</translation>
    </message>
    <message>
        <source>head, mediator, correction, placement, clerk, admin or auditor.</source>
        <translation>head（所长）、mediator（人民调解员）、correction（社区矫正专干）、placement（安置帮教专干）、clerk（内勤）、admin（系统管理员）或 auditor（审计员）。</translation>
    </message>
    <message>
        <source>The user must choose a new password at first sign-in.</source>
        <translation>用户首次登录时须设置新密码。</translation>
    </message>
    <message>
        <source>Add a user (administrators only). The new user&apos;s password comes from SIFA_NEW_PASSWORD or a prompt.</source>
        <translation>添加用户（仅限系统管理员）。新用户的密码取自 SIFA_NEW_PASSWORD，或按提示输入。</translation>
    </message>
    <message>
        <source>sifa user add needs --name and a --role (head, mediator, correction, placement, clerk, admin, auditor).</source>
        <translation>sifa user add 需要 --name 和 --role 参数（head、mediator、correction、placement、clerk、admin、auditor）。</translation>
    </message>
    <message>
        <source>Password for the new user %1:</source>
        <translation>新用户 %1 的密码：</translation>
    </message>
    <message>
        <source>No password was given for the new user (set SIFA_NEW_PASSWORD or type it at the prompt).</source>
        <translation>未提供新用户的密码（请设置 SIFA_NEW_PASSWORD，或按提示输入）。</translation>
    </message>
    <message>
        <source>Added user %1 (%2).</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <source>List the users (administrators only).</source>
        <translation>列出用户（仅限系统管理员）。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>The account to change.</source>
        <translation>要修改的账户。</translation>
    </message>
    <message>
        <source>The new role.</source>
        <translation>新角色。</translation>
    </message>
    <message>
        <source>Do not make the user change the new password.</source>
        <translation>不要求用户修改新密码。</translation>
    </message>
    <message>
        <source>Set a new password for a user (from SIFA_NEW_PASSWORD or a prompt); the user must change it at the next sign-in unless --keep.</source>
        <translation>为用户设置新密码（取自 SIFA_NEW_PASSWORD，或按提示输入）；除非加 --keep，用户下次登录时须修改密码。</translation>
    </message>
    <message>
        <source>Change a user account (administrators only).</source>
        <translation>修改用户账户（仅限系统管理员）。</translation>
    </message>
    <message>
        <source>Name the account with --name USER.</source>
        <translation>请用 --name USER 指定账户。</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>No new password was given (set SIFA_NEW_PASSWORD or type it at the prompt).</source>
        <translation>未提供新密码（请设置 SIFA_NEW_PASSWORD，或按提示输入）。</translation>
    </message>
    <message>
        <source>--role is one of head, mediator, correction, placement, clerk, admin, auditor.</source>
        <translation>--role 须为 head、mediator、correction、placement、clerk、admin、auditor 之一。</translation>
    </message>
    <message>
        <source>Change your own password (current one from SIFA_PASSWORD or a prompt, new one from SIFA_NEW_PASSWORD or a prompt).</source>
        <translation>修改本人密码（当前密码取自 SIFA_PASSWORD，新密码取自 SIFA_NEW_PASSWORD；未设置时按提示输入）。</translation>
    </message>
    <message>
        <source>Current password for %1:</source>
        <translation>%1 的当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run sifa --help.</source>
        <translation>未知命令“%1”。请运行 sifa --help 查看用法。</translation>
    </message>
    <message>
        <source>How many mediation cases to generate (default 80).</source>
        <translation>生成的调解案件数量（默认 80）。</translation>
    </message>
    <message numerus="yes">
        <source>Mediation: %1 committee(s), %2 mediator(s), %3 screening entries, %n case(s).</source>
        <translation>
            <numerusform>人民调解：%1 个调委会，%2 名调解员，%3 条排查记录，%n 件案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation>输出格式：%1（默认 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>File: %1%2, header in line %3, %n data row(s).</source>
        <translation>
            <numerusform>文件：%1%2，表头位于第 %3 行，数据 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <source>Not imported: column %1 &quot;%2&quot;</source>
        <translation>未导入：%1 列“%2”</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>New committees: %1</source>
        <translation>新增调委会：%1</translation>
    </message>
    <message>
        <source>New mediators: %1</source>
        <translation>新增调解员：%1</translation>
    </message>
    <message>
        <source>People: %1 new in the people index, %2 linked to people already there.</source>
        <translation>人员：人员库新增 %1 人，关联已有人员 %2 人。</translation>
    </message>
    <message>
        <source>Check every row and report, but write nothing.</source>
        <translation>逐行检查并报告结果，但不写入任何数据。</translation>
    </message>
    <message>
        <source>The ledger: .csv (UTF-8 or GB18030) or .xlsx.</source>
        <translation>台账文件：.csv（UTF-8 或 GB18030）或 .xlsx。</translation>
    </message>
    <message>
        <source>Import an existing mediation ledger (人民调解台账). Every bad row is listed as &quot;row N: reason&quot;; the import is all-or-nothing and exits 1 if any row is bad.</source>
        <translation>导入已有的人民调解台账。每个有误的行均以“第 N 行：原因”的形式列出；导入要么全部完成，要么全部不导入，只要有一行有误，即以退出码 1 退出。</translation>
    </message>
    <message>
        <source>Name one ledger file to import.</source>
        <translation>请指定一个要导入的台账文件。</translation>
    </message>
    <message numerus="yes">
        <source>sifa: %n row(s) cannot be imported; nothing was written.</source>
        <translation>
            <numerusform>sifa：%n 行无法导入，未写入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: every row can be imported; nothing was written.</source>
        <translation>试导入：所有行均可导入，未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>已导入 %n 件案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Statuses: registered, not_accepted, accepted, investigating, mediating, agreed, terminated, performing, performed, not_performed, archived.</source>
        <translation>未知状态“%1”。可用状态：registered, not_accepted, accepted, investigating, mediating, agreed, terminated, performing, performed, not_performed, archived。</translation>
    </message>
    <message>
        <source>--%1 must be a date written yyyy-MM-dd.</source>
        <translation>--%1 须为 yyyy-MM-dd 格式的日期。</translation>
    </message>
    <message>
        <source>A party&apos;s name or its pinyin, a case number, part of an ID or phone number, words of the summary.</source>
        <translation>当事人姓名或其拼音、案号、身份证号码或电话号码的一部分、纠纷简要情况中的词语。</translation>
    </message>
    <message>
        <source>Only cases in this status (repeat or separate with commas).</source>
        <translation>只列出处于该状态的案件（可重复指定，或用逗号分隔）。</translation>
    </message>
    <message>
        <source>Accepted (registered, if not accepted) on or after DATE.</source>
        <translation>受理日期（未受理的按登记日期）在 DATE 当天或之后。</translation>
    </message>
    <message>
        <source>Accepted (registered, if not accepted) on or before DATE.</source>
        <translation>受理日期（未受理的按登记日期）在 DATE 当天或之前。</translation>
    </message>
    <message>
        <source>List the mediation ledger, newest first.</source>
        <translation>列出人民调解台账，最新的在前。</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format 只能是 csv 或 json。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Export the whole mediation ledger with the columns of an import (CSV with a byte order mark, or XLSX with ID numbers as text).</source>
        <translation>按导入所用的列导出全部人民调解台账（CSV 带字节顺序标记，或 XLSX，身份证号码以文本格式保存）。</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx.</source>
        <translation>--format 只能是 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>请用 --out FILE 指定要写入的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 件案件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sifa dispute import|list|export ... (--help on each)</source>
        <translation>用法：sifa dispute import|list|export ...（各子命令均可加 --help 查看说明）</translation>
    </message>
    <message>
        <source>List the open deadlines (待办), earliest first: with --user that user&apos;s list, without it the whole office&apos;s.</source>
        <translation>列出未办结的期限（待办），最早到期的在前：指定 --user 时列出该用户的待办，否则列出全所的待办。</translation>
    </message>
    <message>
        <source>sifa: note: %1</source>
        <translation>sifa：提示：%1</translation>
    </message>
    <message>
        <source>List the forms and their names.</source>
        <translation>列出文书及其名称。</translation>
    </message>
    <message>
        <source>The case number (案号) to print from.</source>
        <translation>要打印的案件的案号。</translation>
    </message>
    <message>
        <source>Print the form blank, for filling in by hand.</source>
        <translation>打印空白表，供手工填写。</translation>
    </message>
    <message>
        <source>Print only the filled-in values, for paper with the form already printed on it (套打).</source>
        <translation>只打印填写的内容，用于已印有表格的纸张（套打）。</translation>
    </message>
    <message>
        <source>Move everything right by MM millimetres (left if negative).</source>
        <translation>整体右移 MM 毫米（负数为左移）。</translation>
    </message>
    <message>
        <source>Move everything down by MM millimetres (up if negative).</source>
        <translation>整体下移 MM 毫米（负数为上移）。</translation>
    </message>
    <message>
        <source>register: the first registration date.</source>
        <translation>登记簿：登记日期起。</translation>
    </message>
    <message>
        <source>register: the last registration date.</source>
        <translation>登记簿：登记日期止。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Also keep the PDF with the case as an attachment.</source>
        <translation>同时将 PDF 作为附件存入案卷。</translation>
    </message>
    <message>
        <source>The form (see --list), dossier or register.</source>
        <translation>文书（见 --list）、dossier（整本卷宗）或 register（登记簿）。</translation>
    </message>
    <message>
        <source>Name one form to print (sifa print --list shows them), dossier or register.</source>
        <translation>请指定一种要打印的文书（sifa print --list 可列出）、dossier 或 register。</translation>
    </message>
    <message>
        <source>Name the PDF file with --out FILE.pdf.</source>
        <translation>请用 --out FILE.pdf 指定 PDF 文件。</translation>
    </message>
    <message>
        <source>sifa print register needs --from DATE and --to DATE.</source>
        <translation>sifa print register 需要 --from DATE 和 --to DATE。</translation>
    </message>
    <message>
        <source>Name the case with --case CASE_NO, or print the form --blank.</source>
        <translation>请用 --case CASE_NO 指定案件，或用 --blank 打印空白表。</translation>
    </message>
    <message>
        <source>--archive keeps a filled form or case file with its case: give --case.</source>
        <translation>--archive 将填好的文书或卷宗存入其案件：请给出 --case。</translation>
    </message>
    <message>
        <source>Write the dates as yyyy-mm-dd, e.g. 2026-01-01.</source>
        <translation>日期请写成 yyyy-mm-dd，例如 2026-01-01。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Kept with case %1 as an attachment (SHA-256 %2).</source>
        <translation>已作为附件存入案件 %1（SHA-256 %2）。</translation>
    </message>
    <message>
        <source>--%1 is a shift in millimetres between -%2 and %2.</source>
        <translation>--%1 是以毫米计的偏移量，范围为 -%2 至 %2。</translation>
    </message>
    <message>
        <source>No 生效日期 column: the judgment is taken to have come into effect on 判决日期 (on 矫正起始日期 where that is empty).</source>
        <translation>没有“生效日期”列：以判决日期作为判决生效日期（判决日期为空的，以矫正起始日期为准）。</translation>
    </message>
    <message>
        <source>Import an existing community correction ledger (社区矫正对象台账), one file per row. Columns: 姓名, 身份证号, 性别, 矫正类别, 罪名, 原判刑罚, 判决日期, 决定机关, 矫正起始日期, 矫正终止日期, 接收日期, 管理类别, 解除日期, 解除类型, and 暂予监外执行情形 for 暂予监外执行. Every bad value is listed as &quot;row N, column: reason&quot;; the import is all-or-nothing and exits 1 if any row is bad.</source>
        <translation>导入已有的社区矫正对象台账，每行一份档案。各列：姓名、身份证号、性别、矫正类别、罪名、原判刑罚、判决日期、决定机关、矫正起始日期、矫正终止日期、接收日期、管理类别、解除日期、解除类型，暂予监外执行的另填暂予监外执行情形。每个有误的值均以“第 N 行，列名：原因”的形式列出；导入要么全部完成，要么全部不导入，只要有一行有误，即以退出码 1 退出。</translation>
    </message>
    <message numerus="yes">
        <source>sifa: %n problem(s) found; nothing was written.</source>
        <translation>
            <numerusform>sifa：发现 %n 个问题，未写入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n file(s) can be imported; nothing was written.</source>
        <translation>
            <numerusform>试导入：可导入 %n 份档案，未写入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>已导入 %n 份档案。</numerusform>
        </translation>
    </message>
    <message>
        <source>A name or its pinyin initials, part of an ID or phone number, the charge or the subject number.</source>
        <translation>姓名或其拼音首字母、身份证号码或联系电话的一部分、罪名或矫正对象编号。</translation>
    </message>
    <message>
        <source>Only files in this status: awaiting_report, received, under_correction, transferred_out, released, terminated, or active (received or under correction).</source>
        <translation>只列出处于该状态的档案：awaiting_report（待报到）、received（已接收）、under_correction（在矫）、transferred_out（已迁出）、released（已解除）、terminated（已终止），或 active（已接收或在矫）。</translation>
    </message>
    <message>
        <source>List the community correction files (ID numbers masked). Sealed files are never listed, a minor&apos;s only for a role that may read them.</source>
        <translation>列出社区矫正档案（身份证号码部分隐藏）。已封存的档案一律不列出，未成年人的档案仅对有权查阅的角色列出。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Statuses: %2.</source>
        <translation>未知状态“%1”。可用状态：%2。</translation>
    </message>
    <message>
        <source>Export the community correction ledger with the columns of an import and full ID numbers (CSV with a byte order mark, or XLSX with ID numbers as text). Sealed files are never exported, a minor&apos;s only for a role that may read them; the export is recorded in the audit trail.</source>
        <translation>按导入所用的列导出社区矫正对象台账，含完整身份证号码（CSV 带字节顺序标记，或 XLSX，身份证号码以文本格式保存）。已封存的档案一律不导出，未成年人的档案仅对有权查阅的角色导出；导出操作记入审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 份档案写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sifa correction import|list|export ... (--help on each)</source>
        <translation>用法：sifa correction import|list|export ...（各子命令均可加 --help 查看说明）</translation>
    </message>
    <message>
        <source>How many community correction subjects to generate (default 30).</source>
        <translation>生成的社区矫正对象数量（默认 30）。</translation>
    </message>
    <message numerus="yes">
        <source>Community correction: %n subject(s) (%1 awaiting report-in, %2 received, %3 under correction, %4 released, %5 terminated, %6 transferred out), %7 supervision records, %8 requests, %9 rewards and penalties, %10 pre-sentence assessment(s).</source>
        <translation>
            <numerusform>社区矫正：%n 名社区矫正对象（待报到 %1 名，已接收 %2 名，在矫 %3 名，已解除 %4 名，已终止 %5 名，已迁出 %6 名），日常监管记录 %7 条，申请事项 %8 件，奖惩 %9 项，调查评估 %10 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>A correction form: the subject&apos;s file (uuid) to print from; correction-assessment: the assessment&apos;s uuid.</source>
        <translation>社区矫正文书：要打印的社区矫正对象档案（uuid）；correction-assessment：调查评估的 uuid。</translation>
    </message>
    <message>
        <source>With --subject: only the copy for this request (leave, visitor, place, travel, transfer).</source>
        <translation>与 --subject 同用：只打印该申请事项（外出、会客、进入特定区域（场所）、经常性跨市县活动、变更执行地）的文书。</translation>
    </message>
    <message>
        <source>With --subject: only the copy for this reward, penalty or proposal.</source>
        <translation>与 --subject 同用：只打印该奖惩或提请事项的文书。</translation>
    </message>
    <message>
        <source>With --subject: the number of the approval that allows opening a sealed file.</source>
        <translation>与 --subject 同用：批准查阅封存档案的审批文号。</translation>
    </message>
    <message>
        <source>--subject prints a correction form (sifa print --list shows them).</source>
        <translation>--subject 用于打印社区矫正文书（sifa print --list 可列出）。</translation>
    </message>
    <message>
        <source>Give either --case or --subject, not both.</source>
        <translation>--case 和 --subject 只能指定其中之一。</translation>
    </message>
    <message>
        <source>Give either --request or --sanction, not both.</source>
        <translation>--request 和 --sanction 只能指定其中之一。</translation>
    </message>
    <message>
        <source>--%1 goes with --subject.</source>
        <translation>--%1 须与 --subject 一起使用。</translation>
    </message>
    <message>
        <source>Write the month as yyyy-mm, e.g. 2026-03.</source>
        <translation>月份请写成 yyyy-mm，例如 2026-03。</translation>
    </message>
    <message>
        <source>How many files of people released from prison to generate (default 25).</source>
        <translation>生成的刑满释放人员档案数量（默认 25）。</translation>
    </message>
    <message numerus="yes">
        <source>Resettlement: %n file(s) (%1 under assistance: %2 not handed over, %3 whereabouts unknown, %4 key persons; %5 ended; %6 from community correction), %7 prison notice(s), %8 visits, %9 placements, %10 social assistance records, %11 risk assessments.</source>
        <translation>
            <numerusform>安置帮教：%n 份档案（正在帮教 %1 份，其中未衔接 %2 份、下落不明 %3 份、重点帮教对象 %4 份；已解除 %5 份；解除社区矫正人员 %6 份），刑满释放人员通知书 %7 份，走访 %8 次，安置 %9 条，社会救助记录 %10 条，危险性评估 %11 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>No 人员来源 column: every row is taken to be a release from prison (刑满释放).</source>
        <translation>无“人员来源”列：所有行均按刑满释放处理。</translation>
    </message>
    <message>
        <source>Placements: %1; categories recorded as assessments: %2.</source>
        <translation>安置：%1 条；帮教类别记为危险性评估：%2 条。</translation>
    </message>
    <message>
        <source>Import an existing resettlement ledger (安置帮教人员台账), one file per row. Columns: 姓名, 身份证号, 性别, 人员来源, 释放日期, 释放单位, 罪名, 原判刑期, 衔接方式, 衔接日期, 衔接状态, 是否三无, 帮教类别, 安置方式, 安置日期, 帮教期满日期, 解除日期, 解除原因. Every bad value is listed as &quot;row N, column: reason&quot;; the import is all-or-nothing and exits 1 if any row is bad.</source>
        <translation>导入已有的安置帮教人员台账，每行一份档案。各列：姓名、身份证号、性别、人员来源、释放日期、释放单位、罪名、原判刑期、衔接方式、衔接日期、衔接状态、是否三无、帮教类别、安置方式、安置日期、帮教期满日期、解除日期、解除原因。每个有误的值均以“第 N 行，列名：原因”的形式列出；导入要么全部完成，要么全部不导入，只要有一行有误，即以退出码 1 退出。</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;. Choose one of: %3.</source>
        <translation>%1 的值“%2”无效。可选值：%3。</translation>
    </message>
    <message>
        <source>A name or its pinyin initials, part of an ID or phone number, the charge, the file number or the prison.</source>
        <translation>姓名或其拼音首字母、身份证号码或电话号码的一部分、罪名、档案编号或释放单位（监狱）。</translation>
    </message>
    <message>
        <source>Only files in this status: assisting, expired, reoffended, dead or moved.</source>
        <translation>只列出处于该状态的档案：assisting（正在帮教）、expired（帮教期满）、reoffended（重新犯罪）、dead（死亡）或 moved（迁出）。</translation>
    </message>
    <message>
        <source>Only key or general persons.</source>
        <translation>只列出 key（重点帮教对象）或 general（一般帮教对象）。</translation>
    </message>
    <message>
        <source>Only files whose hand-over is done, pending or unknown.</source>
        <translation>只列出衔接状态为 done（已衔接）、pending（未衔接）或 unknown（下落不明）的档案。</translation>
    </message>
    <message>
        <source>List the resettlement files (安置帮教). ID numbers are masked unless --show-id.</source>
        <translation>列出安置帮教档案。除非指定 --show-id，否则身份证号码部分隐藏。</translation>
    </message>
    <message>
        <source>Export the resettlement ledger with the columns of an import and full ID numbers (CSV with a byte order mark, or XLSX with ID numbers as text); the export is recorded in the audit trail.</source>
        <translation>按导入所用的列导出安置帮教人员台账，含完整身份证号码（CSV 带字节顺序标记，或 XLSX，身份证号码以文本格式保存）；导出操作记入审计日志。</translation>
    </message>
    <message>
        <source>Usage: sifa placement import|list|export ... (--help on each)</source>
        <translation>用法：sifa placement import|list|export ...（各子命令均可加 --help 查看说明）</translation>
    </message>
    <message>
        <source>A resettlement form: the file (uuid) to print from.</source>
        <translation>安置帮教文书：要打印的安置帮教档案（uuid）。</translation>
    </message>
    <message>
        <source>With --placement: only the copy for this agreement, visit or risk assessment.</source>
        <translation>与 --placement 同用：只打印该帮教协议、走访记录或危险性评估的文书。</translation>
    </message>
    <message>
        <source>With --subject, correction-assessment-monthly: the month (yyyy-mm); default every month. placement-unmatched: the month of the list; default this month.</source>
        <translation>与 --subject 同用，correction-assessment-monthly：考核月份（yyyy-mm）；默认打印每个月。placement-unmatched：名单所属月份；默认为本月。</translation>
    </message>
    <message>
        <source>Print a mediation form, the whole case file (dossier), the register, a community correction form or a resettlement form as a PDF.</source>
        <translation>将人民调解文书、整本卷宗（dossier）、登记簿（register）、社区矫正文书或安置帮教文书打印为 PDF。</translation>
    </message>
    <message>
        <source>Give either --subject or --placement, not both.</source>
        <translation>--subject 和 --placement 只能指定其中之一。</translation>
    </message>
    <message>
        <source>A resettlement form is printed from --placement UUID, not a case or subject.</source>
        <translation>安置帮教文书须用 --placement UUID 指定档案打印，不能指定案件或社区矫正对象。</translation>
    </message>
    <message>
        <source>%1 is the office&apos;s list for a month (--month), not one file&apos;s.</source>
        <translation>%1 是本所按月汇总的名单（用 --month 指定月份），不针对单份档案。</translation>
    </message>
    <message>
        <source>Name the resettlement file with --placement UUID, or print the form --blank.</source>
        <translation>请用 --placement UUID 指定安置帮教档案，或用 --blank 打印空白文书。</translation>
    </message>
    <message>
        <source>--record goes with placement-agreement, placement-visit or placement-risk.</source>
        <translation>--record 须与 placement-agreement、placement-visit 或 placement-risk 一起使用。</translation>
    </message>
    <message>
        <source>--placement prints a resettlement form (sifa print --list shows them).</source>
        <translation>--placement 用于打印安置帮教文书（sifa print --list 可列出）。</translation>
    </message>
    <message>
        <source>--record goes with --placement.</source>
        <translation>--record 须与 --placement 一起使用。</translation>
    </message>
    <message>
        <source>--month goes with --subject, or with placement-unmatched.</source>
        <translation>--month 须与 --subject 或 placement-unmatched 一起使用。</translation>
    </message>
    <message>
        <source>Statistics submitted to the county: %1.</source>
        <translation>统计数据已报送县司法局：%1。</translation>
    </message>
    <message>
        <source>Usage: sifa report %1 --db FILE (--from yyyy-mm-dd --to yyyy-mm-dd | --period 2026-Q3) [--office CODE] [--format json|csv|xlsx|pdf] [--out FILE] [--drill FIELD] [--user USER]</source>
        <translation>用法：sifa report %1 --db 文件 (--from yyyy-mm-dd --to yyyy-mm-dd | --period 2026-Q3) [--office 代码] [--format json|csv|xlsx|pdf] [--out 文件] [--drill 字段] [--user 用户]</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as yyyy-mm-dd, e.g. 2026-01-01.</source>
        <translation>--%1：“%2”不是日期，请按 yyyy-mm-dd 格式填写，例如 2026-01-01。</translation>
    </message>
    <message>
        <source>Give the period either with --period or with --from and --to, not both.</source>
        <translation>统计期间请用 --period 指定，或用 --from 和 --to 指定，不能同时使用。</translation>
    </message>
    <message>
        <source>Give the period with --from yyyy-mm-dd and --to yyyy-mm-dd, or with --period (2026, 2026-H1, 2026-Q3, 2026-11).</source>
        <translation>请用 --from yyyy-mm-dd 和 --to yyyy-mm-dd 指定统计期间，或用 --period 指定（2026、2026-H1、2026-Q3、2026-11）。</translation>
    </message>
    <message>
        <source>The period cannot end (--to %2) before it begins (--from %1).</source>
        <translation>统计期间的结束日期（--to %2）不能早于开始日期（--from %1）。</translation>
    </message>
    <message>
        <source>Written: %1 (%2)</source>
        <translation>已写入：%1（%2）</translation>
    </message>
    <message>
        <source>%1 The fields are the &quot;field&quot; of each row of the report: sifa report %2 --db FILE --from ... --to ... --format json (or the last column of --format csv).</source>
        <translation>%1 字段即报表每一行的“field”：sifa report %2 --db 文件 --from ... --to ... --format json（或 --format csv 的最后一列）。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day of the period (yyyy-mm-dd).</source>
        <translation>统计期间的第一天（yyyy-mm-dd）。</translation>
    </message>
    <message>
        <source>The last day of the period (yyyy-mm-dd).</source>
        <translation>统计期间的最后一天（yyyy-mm-dd）。</translation>
    </message>
    <message>
        <source>The period instead of --from/--to: a year (2026), half (2026-H1), quarter (2026-Q3) or month (2026-11).</source>
        <translation>用统计期间代替 --from/--to：年度（2026）、半年（2026-H1）、季度（2026-Q3）或月份（2026-11）。</translation>
    </message>
    <message>
        <source>A county database: the township office (9-digit code) to report; default the whole county.</source>
        <translation>县级数据库：要统计的司法所（9位代码）；默认为全县。</translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf (default: from the --out file&apos;s extension, else json). xlsx and pdf need --out.</source>
        <translation>json、csv、xlsx 或 pdf（默认按 --out 文件的扩展名确定，否则为 json）。xlsx 和 pdf 须指定 --out。</translation>
    </message>
    <message>
        <source>The file to write; without it JSON or CSV goes to standard output.</source>
        <translation>要写入的文件；不指定时，JSON 或 CSV 输出到标准输出。</translation>
    </message>
    <message>
        <source>List the records behind one figure (its &quot;field&quot; in the JSON, e.g. succeeded) as json, csv or xlsx; a list written to a file is recorded in the audit trail.</source>
        <translation>以 json、csv 或 xlsx 格式列出某一数据项（JSON 中的“field”，例如 succeeded）所依据的记录；写入文件的清单将记入审计日志。</translation>
    </message>
    <message>
        <source>Compute the %1 for a period: every figure with what it counts, the counting rules and the consistency checks (inside the output, never on the terminal).</source>
        <translation>计算某一统计期间的%1：每项数据及其统计内容、统计口径和一致性校验（写入输出结果，不在终端显示）。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. %2</source>
        <translation>无法识别的参数“%1”。%2</translation>
    </message>
    <message>
        <source>Name the figure to list with --drill FIELD.</source>
        <translation>请用 --drill 字段 指定要列出明细的数据项。</translation>
    </message>
    <message>
        <source>--drill lists records as json, csv or xlsx, not pdf.</source>
        <translation>--drill 只能以 json、csv 或 xlsx 格式列出记录，不支持 pdf。</translation>
    </message>
    <message>
        <source>--format must be one of: %1.</source>
        <translation>--format 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>--format %1 writes a file: name it with --out FILE.</source>
        <translation>--format %1 会写入文件：请用 --out 文件 指定文件名。</translation>
    </message>
    <message>
        <source>--office &quot;%1&quot; is not an office code: a township office has 9 digits (330225101), a county 6 (330225).</source>
        <translation>--office “%1”不是有效的机构代码：司法所为9位（330225101），县为6位（330225）。</translation>
    </message>
    <message>
        <source>Reports: %1. sifa report REPORT --help for the options.</source>
        <translation>报表：%1。各报表的选项见 sifa report 报表 --help。</translation>
    </message>
    <message>
        <source>SifaDesk command line (司法所工作台)

Usage: sifa COMMAND [options]     (sifa COMMAND --help for each)

  init       create an office database
  user       add, list and manage user accounts
  person     add, edit, list, show and remove people in the people index
  dispute    import, list and export the mediation ledger (人民调解台账)
  correction import, list and export the community correction ledger (社区矫正对象台账)
  placement  import, list and export the resettlement ledger (安置帮教人员台账)
  todo       list open deadlines (待办)
  print      print mediation forms, a case file or the register as PDF
  report     statistics (人民调解, 社区矫正, 安置帮教) for a period; the records behind a figure
  settings   list and change office settings
  check      check a database (integrity, audit chain, --rebuild-compare)
  backup     back up a database
  restore    restore a database from a backup
  audit      verify or list the audit trail
  demo       generate a demo office database

Signing in: --user USER, password from SIFA_PASSWORD or a prompt.
Language: SIFA_LANG=zh_CN (default) or en.
Exit codes: 0 success, 1 refused or failed, 2 wrong arguments, 3 already exists.
</source>
        <translation>司法所工作台命令行（SifaDesk）

用法：sifa 命令 [选项]     （各命令的说明见 sifa 命令 --help）

  init       创建司法所数据库
  user       添加、列出和管理用户账号
  person     在人员索引中添加、编辑、列出、查看和删除人员
  dispute    导入、列出和导出人民调解台账
  correction 导入、列出和导出社区矫正对象台账
  placement  导入、列出和导出安置帮教人员台账
  todo       列出未办结的期限（待办）
  print      以 PDF 打印调解文书、案卷或登记簿
  report     统计期间的统计数据（人民调解、社区矫正、安置帮教）；某项数据所依据的记录
  settings   列出和修改司法所设置
  check      检查数据库（完整性、审计链、--rebuild-compare）
  backup     备份数据库
  restore    从备份恢复数据库
  audit      校验或列出审计日志
  demo       生成演示用司法所数据库

登录：--user 用户，密码取自 SIFA_PASSWORD 或提示输入。
语言：SIFA_LANG=zh_CN（默认）或 en。
退出码：0 成功，1 被拒绝或失败，2 参数错误，3 已存在。
</translation>
    </message>
</context>
<context>
    <name>CodeTables</name>
    <message>
        <source>line %1: the header must start with &quot;code,name&quot;</source>
        <translation>第 %1 行：表头必须以“code,name”开头</translation>
    </message>
    <message>
        <source>line %1: a row needs a code and a name</source>
        <translation>第 %1 行：每行须有代码和名称</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>文件缺少表头行</translation>
    </message>
    <message>
        <source>The code table %1 could not be read (%2); the built-in table is used.</source>
        <translation>无法读取代码表 %1（%2），已改用内置代码表。</translation>
    </message>
</context>
<context>
    <name>CorrectionForms</name>
    <message>
        <source>Name the person under correction (the file&apos;s uuid).</source>
        <translation>请指定社区矫正对象（档案的 uuid）。</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <extracomment>A copy of a request form: %1 what (leave), %2 the date it was applied for</extracomment>
        <translation>%1（%2起）</translation>
    </message>
    <message>
        <source>%1 applied for on %2</source>
        <translation>%1（%2申请）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A copy of a sanction form: %1 what (训诫), %2 the date it was proposed</extracomment>
        <translation>%1（%2提请）</translation>
    </message>
    <message>
        <source>Not required: unable to work.</source>
        <translation>因无劳动能力，不作要求。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n time(s)</source>
        <extracomment>A count on the monthly assessment: %1 what (当面报告), %n how many times</extracomment>
        <translation>
            <numerusform>%1 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Met the requirements of the grade.</source>
        <translation>达到分类管理监管要求。</translation>
    </message>
    <message>
        <source>Short of the grade&apos;s requirements: %1.</source>
        <translation>未达到分类管理监管要求：%1。</translation>
    </message>
    <message>
        <source>Out of contact from %1 to %2.</source>
        <translation>%1至%2期间失联。</translation>
    </message>
    <message>
        <source>Out of contact since %1.</source>
        <translation>自%1起失联。</translation>
    </message>
    <message>
        <source>Electronic monitoring from %1 to %2.</source>
        <translation>%1至%2期间使用电子定位装置。</translation>
    </message>
    <message>
        <source>community correction is suitable</source>
        <extracomment>The assessment&apos;s conclusion as printed in the opinion (建议适用社区矫正)</extracomment>
        <translation>建议适用社区矫正</translation>
    </message>
    <message>
        <source>community correction is not suitable</source>
        <extracomment>The assessment&apos;s conclusion as printed in the opinion (不建议适用社区矫正)</extracomment>
        <translation>不建议适用社区矫正</translation>
    </message>
    <message>
        <source>There is no correction form named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的社区矫正文书。</translation>
    </message>
    <message>
        <source>The form %1 is not filled for one request or sanction.</source>
        <extracomment>%1 the form&apos;s name</extracomment>
        <translation>文书 %1 不针对单项申请事项或奖惩填写。</translation>
    </message>
    <message>
        <source>The request %1 is not one this form is for.</source>
        <translation>申请事项 %1 不适用此文书。</translation>
    </message>
    <message>
        <source>This file has no request %1.</source>
        <translation>此档案中没有申请事项 %1。</translation>
    </message>
    <message>
        <source>The sanction %1 is not one this form is for.</source>
        <translation>奖惩记录 %1 不适用此文书。</translation>
    </message>
    <message>
        <source>This file has no sanction %1.</source>
        <translation>此档案中没有奖惩记录 %1。</translation>
    </message>
    <message>
        <source>The person was not under correction in %1.</source>
        <extracomment>%1 the month (2026-03)</extracomment>
        <translation>该对象在 %1 未处于社区矫正期内。</translation>
    </message>
    <message>
        <source>There is no correction form called &quot;%1&quot;. The correction forms are: %2.</source>
        <extracomment>%1 the name given, %2 the correction forms there are</extracomment>
        <translation>没有名为“%1”的社区矫正文书。现有社区矫正文书：%2。</translation>
    </message>
    <message>
        <source>The file has nothing for the form %1 yet; print it blank to fill in by hand.</source>
        <extracomment>%1 the form&apos;s title</extracomment>
        <translation>档案中尚无可填入《%1》的内容；请打印空白表手工填写。</translation>
    </message>
</context>
<context>
    <name>CorrectionService</name>
    <message>
        <source>Enter the name of the person to be assessed.</source>
        <translation>请填写调查评估对象的姓名。</translation>
    </message>
    <message>
        <source>Enter the body that entrusted the assessment.</source>
        <translation>请填写委托调查评估的机关。</translation>
    </message>
    <message>
        <source>date the entrustment was received</source>
        <translation>收到委托的日期</translation>
    </message>
    <message>
        <source>An extension is agreed with the entrusting body: note with whom and when.</source>
        <translation>延长期限须与委托机关协商一致：请注明与谁、于何时商定。</translation>
    </message>
    <message>
        <source>The opinion is that community correction is suitable or is not.</source>
        <translation>评估意见只能是建议适用社区矫正或不建议适用社区矫正。</translation>
    </message>
    <message>
        <source>Write the assessment&apos;s findings.</source>
        <translation>请填写调查评估情况。</translation>
    </message>
    <message>
        <source>date of the opinion</source>
        <translation>评估意见日期</translation>
    </message>
    <message>
        <source>The opinion on this assessment is recorded already.</source>
        <translation>此调查评估的评估意见已登记。</translation>
    </message>
    <message>
        <source>The opinion is dated before the entrustment arrived.</source>
        <translation>评估意见日期早于收到委托的日期。</translation>
    </message>
    <message>
        <source>A file that is “%1” cannot be %2.</source>
        <translation>处于“%1”状态的档案不能%2。</translation>
    </message>
    <message>
        <source>date of reporting in</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <source>date of reception</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>The person was received before reporting in.</source>
        <translation>接收日期早于报到日期。</translation>
    </message>
    <message>
        <source>received</source>
        <translation>办理接收</translation>
    </message>
    <message>
        <source>The person reported in before the judgment took effect.</source>
        <translation>报到日期不能早于判决生效日期。</translation>
    </message>
    <message>
        <source>date of the announcement</source>
        <translation>入矫宣告日期</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>进行入矫宣告</translation>
    </message>
    <message>
        <source>The announcement is dated before the reception.</source>
        <translation>入矫宣告日期早于接收日期。</translation>
    </message>
    <message>
        <source>The correction team is not complete: %1</source>
        <translation>矫正小组组成不符合要求：%1</translation>
    </message>
    <message>
        <source>Choose the grade.</source>
        <translation>请选择管理类别。</translation>
    </message>
    <message>
        <source>Enter the date the grade applies from.</source>
        <translation>请填写管理类别的起始日期。</translation>
    </message>
    <message>
        <source>Give the reason for the grade.</source>
        <translation>请填写确定管理类别的理由。</translation>
    </message>
    <message>
        <source>graded</source>
        <translation>调整管理类别</translation>
    </message>
    <message>
        <source>date of release</source>
        <translation>解除矫正日期</translation>
    </message>
    <message>
        <source>There is no field “%1” in this record.</source>
        <translation>此记录中没有字段“%1”。</translation>
    </message>
    <message>
        <source>Release needs the office&apos;s appraisal: the conduct under correction and the advice for resettlement (they go with the person to the resettlement file).</source>
        <translation>解除矫正须有司法所的鉴定意见：矫正期间表现和安置帮教建议（随本人转入安置帮教档案）。</translation>
    </message>
    <message>
        <source>released</source>
        <translation>解除矫正</translation>
    </message>
    <message>
        <source>A revocation or commitment proposal is pending: the file cannot be released until the decision arrives (司办通〔2021〕94号).</source>
        <translation>已提请撤销缓刑、假释或收监执行，尚未作出决定：收到决定前不能解除矫正（司办通〔2021〕94号）。</translation>
    </message>
    <message>
        <source>The correction period runs until %1; release before it needs the reason (an amnesty).</source>
        <translation>矫正期限至 %1 届满；期满前解除矫正须注明理由（如特赦）。</translation>
    </message>
    <message>
        <source>date of termination</source>
        <translation>终止矫正日期</translation>
    </message>
    <message>
        <source>Choose how correction ended: revocation, commitment to prison or death.</source>
        <translation>请选择终止矫正的情形：撤销缓刑、撤销假释、收监执行或死亡。</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>终止矫正</translation>
    </message>
    <message>
        <source>This ending does not apply to the person&apos;s correction type.</source>
        <translation>该终止情形不适用于该对象的矫正类别。</translation>
    </message>
    <message>
        <source>Enter the decision (court or authority and number).</source>
        <translation>请填写终止矫正的依据（作出决定的法院或机关及文号）。</translation>
    </message>
    <message>
        <source>date of the transfer</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>办理迁出</translation>
    </message>
    <message>
        <source>There is no approved change of residence: record the county&apos;s decision first.</source>
        <translation>没有已批准的变更执行地申请：请先登记县级社区矫正机构的决定。</translation>
    </message>
    <message>
        <source>Enter the ruling (court or authority and number).</source>
        <translation>请填写不予撤销或不予收监的裁定、决定（作出的法院或机关及文号）。</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>No revocation or commitment proposal is pending.</source>
        <translation>没有尚待决定的撤销缓刑、撤销假释或收监执行提请。</translation>
    </message>
    <message>
        <source>Give the reason for reopening the file.</source>
        <translation>请填写重新启用档案的原因。</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>date of the record</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>The record is dated before the judgment took effect.</source>
        <translation>记录日期早于判决生效日期。</translation>
    </message>
    <message>
        <source>The time spent must be between 0 and 24 hours.</source>
        <translation>用时须在 0 至 24 小时之间。</translation>
    </message>
    <message>
        <source>Enter the hours of study or community service.</source>
        <translation>请填写教育学习或公益活动的小时数。</translation>
    </message>
    <message>
        <source>date of the score</source>
        <translation>计分日期</translation>
    </message>
    <message>
        <source>A score entry adds or takes away points.</source>
        <translation>考核计分须为加分或减分，分值不能为 0。</translation>
    </message>
    <message>
        <source>Give the reason for the points.</source>
        <translation>请填写加减分的理由。</translation>
    </message>
    <message>
        <source>Enter the first and the last day of electronic monitoring.</source>
        <translation>请填写使用电子定位装置的起止日期。</translation>
    </message>
    <message>
        <source>Electronic monitoring is approved for at most three months at a time (社区矫正法第二十九条): until %1 at the latest.</source>
        <translation>电子定位装置每次批准使用的期限不得超过三个月（社区矫正法第二十九条）：最迟至 %1。</translation>
    </message>
    <message>
        <source>Electronic monitoring needs the approval of the head of the county judicial bureau: enter its number.</source>
        <translation>使用电子定位装置须经县司法局负责人批准：请填写审批文号。</translation>
    </message>
    <message>
        <source>date contact was lost</source>
        <translation>失联日期</translation>
    </message>
    <message>
        <source>date the person was found</source>
        <translation>找回日期</translation>
    </message>
    <message>
        <source>The person was found before contact was lost.</source>
        <translation>找回日期早于失联日期。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Records of this kind are kept by their own step.</source>
        <translation>此类记录须通过其专门的办理步骤登记。</translation>
    </message>
    <message>
        <source>A required field is empty.</source>
        <translation>有必填项未填写。</translation>
    </message>
    <message>
        <source>Give the reason for removing the record.</source>
        <translation>请填写删除记录的原因。</translation>
    </message>
    <message>
        <source>The correction team has no members yet.</source>
        <translation>矫正小组尚无成员。</translation>
    </message>
    <message>
        <source>A woman&apos;s correction team must include a woman (社区矫正法第二十五条).</source>
        <translation>女性社区矫正对象的矫正小组应当有女性成员（社区矫正法第二十五条）。</translation>
    </message>
    <message>
        <source>A minor&apos;s correction team must include someone who knows the physical and mental development of minors (社区矫正法第五十二条).</source>
        <translation>未成年社区矫正对象的矫正小组应当有熟悉未成年人身心特点的人员（社区矫正法第五十二条）。</translation>
    </message>
    <message>
        <source>Name the key period (the event it is for).</source>
        <translation>请填写重点时段名称（所针对的事件）。</translation>
    </message>
    <message>
        <source>Enter the first and the last day of the key period.</source>
        <translation>请填写重点时段的起止日期。</translation>
    </message>
    <message>
        <source>Choose the people who must report daily during the period.</source>
        <translation>请选择在此期间须每日报告的社区矫正对象。</translation>
    </message>
    <message>
        <source>This request is already settled.</source>
        <translation>此申请已办结。</translation>
    </message>
    <message>
        <source>Choose what is requested.</source>
        <translation>请选择申请事项。</translation>
    </message>
    <message>
        <source>date of the application</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Enter the first and the last day.</source>
        <translation>请填写起止日期。</translation>
    </message>
    <message>
        <source>Enter the destination.</source>
        <translation>请填写目的地。</translation>
    </message>
    <message>
        <source>Enter whom the person wants to meet.</source>
        <translation>请填写会客对象。</translation>
    </message>
    <message>
        <source>Enter the place or area.</source>
        <translation>请填写特定区域（场所）。</translation>
    </message>
    <message>
        <source>Enter the new place of residence.</source>
        <translation>请填写新居住地。</translation>
    </message>
    <message>
        <source>Enter the reason for the request.</source>
        <translation>请填写申请事由。</translation>
    </message>
    <message>
        <source>Requests are made by a person under correction (received and not yet released).</source>
        <translation>只有在矫的社区矫正对象（已接收且尚未解除矫正）才能提出申请。</translation>
    </message>
    <message>
        <source>Applied later than a month before the move (by %1).</source>
        <translation>未在迁居一个月前提出申请（应于 %1 前申请）。</translation>
    </message>
    <message>
        <source>Enter the office&apos;s opinion and who reviewed.</source>
        <translation>请填写司法所审核意见及审核人。</translation>
    </message>
    <message>
        <source>date of the review</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <source>The review is dated before the application.</source>
        <translation>审核日期早于申请日期。</translation>
    </message>
    <message>
        <source>Enter who decided.</source>
        <translation>请填写审批人。</translation>
    </message>
    <message>
        <source>date of the decision</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Record the office&apos;s review first: the decision above the office&apos;s limit is the county&apos;s and comes after it.</source>
        <translation>请先登记司法所审核意见：超出司法所审批权限的事项，由县级社区矫正机构在审核后决定。</translation>
    </message>
    <message>
        <source>The decision is dated before the application.</source>
        <translation>决定日期早于申请日期。</translation>
    </message>
    <message>
        <source>With the leave approved since, this request is above the office&apos;s limit: %1</source>
        <translation>加上此后已批准的外出，此申请已超出司法所的审批权限：%1</translation>
    </message>
    <message>
        <source>date of return</source>
        <translation>返回日期</translation>
    </message>
    <message>
        <source>A return is reported for approved leave only.</source>
        <translation>只能为已批准的外出登记返回。</translation>
    </message>
    <message>
        <source>The return is recorded already.</source>
        <translation>已登记返回。</translation>
    </message>
    <message>
        <source>The person returned before the leave began.</source>
        <translation>返回日期早于外出开始日期。</translation>
    </message>
    <message>
        <source>“%1” changes through its step of the request, not by editing.</source>
        <translation>“%1”须通过申请的相应办理步骤变更，不能直接修改。</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the request.</source>
        <translation>请填写撤回申请的原因。</translation>
    </message>
    <message>
        <source>Choose the reward, penalty or proposal.</source>
        <translation>请选择奖惩或提请事项。</translation>
    </message>
    <message>
        <source>Set out the facts the proposal rests on.</source>
        <translation>请写明提请所依据的事实。</translation>
    </message>
    <message>
        <source>date of the proposal</source>
        <translation>提请日期</translation>
    </message>
    <message>
        <source>The person is no longer under correction.</source>
        <translation>该对象已不在社区矫正期内。</translation>
    </message>
    <message>
        <source>This proposal does not apply to the person&apos;s correction type.</source>
        <translation>该提请事项不适用于该对象的矫正类别。</translation>
    </message>
    <message>
        <source>Praise needs at least six months under correction: from %1.</source>
        <translation>接受社区矫正满六个月方可给予表扬，即自 %1 起。</translation>
    </message>
    <message>
        <source>Enter the number of the decision.</source>
        <translation>请填写决定文号。</translation>
    </message>
    <message>
        <source>The decision on this proposal is recorded already.</source>
        <translation>此提请事项的决定已登记。</translation>
    </message>
    <message>
        <source>The decision is dated before the proposal.</source>
        <translation>决定日期早于提请日期。</translation>
    </message>
    <message>
        <source>Choose the correction type.</source>
        <translation>请选择矫正类别。</translation>
    </message>
    <message>
        <source>Temporary execution outside prison needs its reason (medical parole, pregnancy or nursing, unable to look after oneself).</source>
        <translation>暂予监外执行须选择暂予监外执行情形（保外就医、怀孕或者正在哺乳自己婴儿、生活不能自理）。</translation>
    </message>
    <message>
        <source>Only temporary execution outside prison has an outside reason.</source>
        <translation>只有暂予监外执行才有暂予监外执行情形。</translation>
    </message>
    <message>
        <source>Enter the first and the last day of the correction period.</source>
        <translation>请填写矫正期限的起止日期。</translation>
    </message>
    <message>
        <source>The correction period ends before it begins.</source>
        <translation>矫正终止日期早于起始日期。</translation>
    </message>
    <message>
        <source>Enter the date the judgment or decision took effect.</source>
        <translation>请填写判决、裁定或决定的生效日期。</translation>
    </message>
    <message>
        <source>The judgment cannot take effect in the future.</source>
        <translation>生效日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The judgment is dated after it took effect.</source>
        <translation>判决日期晚于生效日期。</translation>
    </message>
    <message>
        <source>The prohibition order ends before it begins.</source>
        <translation>禁止令的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A released or terminated file needs the date it ended.</source>
        <translation>已解除或已终止的档案须填写解除（终止）日期。</translation>
    </message>
    <message>
        <source>This person already has an open correction file.</source>
        <translation>此人已有一份未结束的社区矫正档案。</translation>
    </message>
    <message>
        <source>Grade when the file was opened</source>
        <translation>建档时的管理类别</translation>
    </message>
    <message>
        <source>“%1” changes through its step of the workflow, not by editing.</source>
        <translation>“%1”须通过相应的办理步骤变更，不能直接修改。</translation>
    </message>
    <message>
        <source>This file is sealed. Opening it needs the number of the approval that allows it.</source>
        <translation>此档案已封存。查阅须填写批准查阅的审批文号。</translation>
    </message>
    <message>
        <source>approval %1</source>
        <translation>审批文号 %1</translation>
    </message>
    <message>
        <source>Enter the number of the approval that allows opening a sealed file.</source>
        <translation>请填写批准查阅封存档案的审批文号。</translation>
    </message>
    <message>
        <source>There is no sealed file for this ID number.</source>
        <translation>没有此身份证号码的封存档案。</translation>
    </message>
    <message>
        <source>Only the file of a minor is sealed.</source>
        <translation>只有未成年人的档案才能封存。</translation>
    </message>
    <message>
        <source>This file is sealed already.</source>
        <translation>此档案已封存。</translation>
    </message>
    <message>
        <source>Give the reason for sealing (the decision or the rule).</source>
        <translation>请填写封存的依据（决定或规定）。</translation>
    </message>
    <message>
        <source>Enter the number of the approval that lifts the seal.</source>
        <translation>请填写批准解除封存的审批文号。</translation>
    </message>
    <message>
        <source>This file is not sealed.</source>
        <translation>此档案未封存。</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>The %1 (%2) lies in the future.</source>
        <translation>%1（%2）晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>日期 %1 不能晚于今天。</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n 名社区矫正对象</numerusform>
        </translation>
    </message>
    <message>
        <source>The legal documents are dated as received after the person.</source>
        <translation>法律文书的收到日期晚于接收社区矫正对象的日期。</translation>
    </message>
    <message>
        <source>The visitor&apos;s ID number: %1</source>
        <extracomment>%1 why the number is wrong</extracomment>
        <translation>会客对象的身份证号码：%1</translation>
    </message>
    <message>
        <source>The visitor&apos;s sex does not match the ID number.</source>
        <translation>会客对象的性别与身份证号码不符。</translation>
    </message>
    <message>
        <source>date the new offence was established</source>
        <translation>再犯罪认定日期</translation>
    </message>
    <message>
        <source>A new offence under correction is established after the reception (%1).</source>
        <translation>矫正期间再犯罪的认定日期应在接收日期（%1）之后。</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>未接收</translation>
    </message>
    <message>
        <source>A death does not end correction for a new offence; record the new offence apart if it was established.</source>
        <translation>因死亡终止矫正不属于因再犯罪终止；如已认定再犯罪，请另行登记。</translation>
    </message>
    <message>
        <source>given a new offence</source>
        <translation>因再犯罪</translation>
    </message>
    <message>
        <source>Enter the date the new offence was established.</source>
        <translation>请输入再犯罪的认定日期。</translation>
    </message>
</context>
<context>
    <name>CorrectionStats</name>
    <message>
        <source>Minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Correction type</source>
        <translation>矫正类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>矫正期满日期</translation>
    </message>
    <message>
        <source>Grade at the period&apos;s end</source>
        <translation>期末管理等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>结束方式</translation>
    </message>
    <message>
        <source>Community correction statistics</source>
        <translation>社区矫正统计</translation>
    </message>
    <message>
        <source>New offence established</source>
        <translation>再犯罪认定</translation>
    </message>
    <message>
        <source>Entrustment no.</source>
        <translation>委托编号</translation>
    </message>
    <message>
        <source>Entrusted by</source>
        <translation>委托机关</translation>
    </message>
    <message>
        <source>Opinion given</source>
        <translation>出具意见日期</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <source>suitable</source>
        <translation>建议适用</translation>
    </message>
    <message>
        <source>not suitable</source>
        <translation>建议不适用</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>决定书编号</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>失联日期</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找回日期</translation>
    </message>
    <message>
        <source>Police told</source>
        <translation>通报公安日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>提请日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>件</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Persons under correction</source>
        <translation>社区矫正对象</translation>
    </message>
    <message>
        <source>In register at the start</source>
        <translation>期初在册</translation>
    </message>
    <message>
        <source>Persons received before the period&apos;s first day whose file had not ended before that day.</source>
        <translation>统计期间首日之前接收、且在该日之前未结束矫正的人数。</translation>
    </message>
    <message>
        <source>Persons whose reception (接收) is dated in the period.</source>
        <translation>接收日期在统计期间内的人数（本期新接收）。</translation>
    </message>
    <message>
        <source>of which </source>
        <translation>其中</translation>
    </message>
    <message>
        <source>Persons received in the period by correction type.</source>
        <translation>统计期间内接收的人数，按矫正类别分列。</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>解除矫正</translation>
    </message>
    <message>
        <source>Files released (解除: the period completed, or an amnesty) with the release dated in the period.</source>
        <translation>解除日期在统计期间内的解除矫正人数（解除：矫正期满或特赦）。</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止矫正</translation>
    </message>
    <message>
        <source>Files terminated (终止: suspended sentence or parole revoked, committed to prison, death) with the termination dated in the period.</source>
        <translation>终止日期在统计期间内的终止矫正人数（终止：撤销缓刑、撤销假释、收监执行、死亡）。</translation>
    </message>
    <message>
        <source>Terminations in the period by how correction ended.</source>
        <translation>统计期间内终止矫正的人数，按终止方式分列。</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>变更执行地转出</translation>
    </message>
    <message>
        <source>Files transferred to another county (变更执行地) with the new county&apos;s acceptance dated in the period.</source>
        <translation>变更执行地至其他县、且新执行地县接收日期在统计期间内的人数。</translation>
    </message>
    <message>
        <source>In register at the end</source>
        <translation>期末在册</translation>
    </message>
    <message>
        <source>Persons received by the period&apos;s last day whose file had not ended by that day (a file ending on the last day is no longer counted).</source>
        <translation>统计期间末日之前（含当日）已接收、且截至该日未结束矫正的人数（在末日当天结束矫正的不再计入）。</translation>
    </message>
    <message>
        <source>at the end: </source>
        <translation>期末：</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period by correction type.</source>
        <translation>统计期末在册人数，按矫正类别分列。</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period by the grade in force on its last day.</source>
        <translation>统计期末在册人数，按统计期间末日有效的管理等级分列。</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period by sex.</source>
        <translation>统计期末在册人数，按性别分列。</translation>
    </message>
    <message>
        <source>at the end: minors</source>
        <translation>期末：未成年人</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period recorded as minors (under 18 when the judgment took effect).</source>
        <translation>统计期末在册人数中登记为未成年人（判决生效时未满18周岁）的人数。</translation>
    </message>
    <message>
        <source>at the end: foreigners and residents of Hong Kong, Macao and Taiwan</source>
        <translation>期末：外国人及港澳台居民</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period identified by a document other than a resident identity card: a residence permit for Hong Kong, Macao or Taiwan residents, a foreigner&apos;s permanent residence card, a passport or a travel permit.</source>
        <translation>统计期末在册人数中以居民身份证以外证件登记身份的人数：港澳台居民居住证、外国人永久居留身份证、护照或通行证。</translation>
    </message>
    <message>
        <source>In register during the period</source>
        <translation>期内在册</translation>
    </message>
    <message>
        <source>Persons in register on at least one day of the period (in register at the start, or received in it).</source>
        <translation>统计期间内至少有一天在册的人数（期初在册或本期新接收）。</translation>
    </message>
    <message>
        <source>Files ended before reception</source>
        <translation>接收前已结束的案件</translation>
    </message>
    <message>
        <source>Files ended in the period (revocation, commitment, death) for persons never received; they were never in register and are not in the figures above.</source>
        <translation>统计期间内结束（撤销、收监执行、死亡）但从未接收的人员案件；其从未在册，不计入以上数据。</translation>
    </message>
    <message>
        <source>Pre-sentence assessments</source>
        <translation>调查评估</translation>
    </message>
    <message>
        <source>Entrusted</source>
        <translation>接受委托</translation>
    </message>
    <message>
        <source>Assessment entrustments received in the period.</source>
        <translation>统计期间内收到的调查评估委托数。</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Assessments whose opinion is dated in the period, whenever they were entrusted.</source>
        <translation>出具意见日期在统计期间内的调查评估数，不论委托日期。</translation>
    </message>
    <message>
        <source>of which: correction suitable</source>
        <translation>其中：建议适用社区矫正</translation>
    </message>
    <message>
        <source>Assessments completed in the period with the opinion that community correction is suitable (建议适用).</source>
        <translation>统计期间内完成、评估意见为建议适用社区矫正（建议适用）的调查评估数。</translation>
    </message>
    <message>
        <source>of which: correction not suitable</source>
        <translation>其中：建议不适用社区矫正</translation>
    </message>
    <message>
        <source>Assessments completed in the period with the opinion that community correction is not suitable (建议不适用).</source>
        <translation>统计期间内完成、评估意见为建议不适用社区矫正（建议不适用）的调查评估数。</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监督管理</translation>
    </message>
    <message>
        <source>Leave approved</source>
        <translation>外出审批</translation>
    </message>
    <message>
        <source>Requests for leave of the city or county approved, with the approval dated in the period (by the office within its limit, else by the county).</source>
        <translation>批准日期在统计期间内的离开所居住市、县的外出申请批准数（在权限内由司法所批准，否则由县司法局批准）。</translation>
    </message>
    <message>
        <source>of which up to 7 days</source>
        <translation>其中7日以内</translation>
    </message>
    <message>
        <source>Approved leave of at most 7 days, the first and last day both counted.</source>
        <translation>批准外出不超过7日的次数，首尾两日均计入。</translation>
    </message>
    <message>
        <source>of which over 7 days</source>
        <translation>其中7日以上</translation>
    </message>
    <message>
        <source>Approved leave of more than 7 days, the first and last day both counted.</source>
        <translation>批准外出超过7日的次数，首尾两日均计入。</translation>
    </message>
    <message>
        <source>Changes of residence approved (moving out)</source>
        <translation>批准变更执行地（迁出）</translation>
    </message>
    <message>
        <source>Requests to change the place of execution approved, with the approval dated in the period; the file leaves the register when the new county accepts (transferred out).</source>
        <translation>批准日期在统计期间内的变更执行地申请批准数；新执行地县接收后，该人员不再在册（变更执行地转出）。</translation>
    </message>
    <message>
        <source>Under electronic monitoring</source>
        <translation>电子定位</translation>
    </message>
    <message>
        <source>Persons in register during the period with an electronic-monitoring period overlapping it (from its start to its end, or to its approved last day when not ended).</source>
        <translation>统计期间内在册、且电子定位期间与统计期间有重叠的人数（自开始至结束，未结束的至批准的截止日期）。</translation>
    </message>
    <message>
        <source>Loss of contact</source>
        <translation>失联</translation>
    </message>
    <message>
        <source>Losses of contact (失联) whose first day is in the period; one person may count more than once.</source>
        <translation>失联首日在统计期间内的失联次数；同一人可多次计入。</translation>
    </message>
    <message>
        <source>Rewards, penalties and proposals</source>
        <translation>奖惩与提请</translation>
    </message>
    <message>
        <source>Praise, admonitions and warnings decided, with the decision dated in the period.</source>
        <translation>决定日期在统计期间内的表扬、训诫和警告数。</translation>
    </message>
    <message>
        <source>The office&apos;s proposals (public-order penalty, revocation, commitment, arrest, commutation) dated in the period, whatever was decided on them.</source>
        <translation>提请日期在统计期间内的司法所提请（提请治安管理处罚、提请撤销缓刑或假释、提请收监执行、提请逮捕、提请减刑）数，不论决定结果如何。</translation>
    </message>
    <message>
        <source>Education and community service</source>
        <translation>教育学习和公益活动</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育学习</translation>
    </message>
    <message>
        <source>Education sessions (教育学习) recorded in the period, one per person and session (人次).</source>
        <translation>统计期间内登记的教育学习人次，每人每次计一次（人次）。</translation>
    </message>
    <message>
        <source>Education hours</source>
        <translation>教育学习时长</translation>
    </message>
    <message>
        <source>Sum of the recorded minutes of those sessions ÷ 60, to one decimal.</source>
        <translation>上述教育学习登记分钟数之和 ÷ 60，保留一位小数。</translation>
    </message>
    <message>
        <source>Community service</source>
        <translation>公益活动</translation>
    </message>
    <message>
        <source>Community service (公益活动) recorded in the period, one per person and session (人次).</source>
        <translation>统计期间内登记的公益活动人次，每人每次计一次（人次）。</translation>
    </message>
    <message>
        <source>Community service hours</source>
        <translation>公益活动时长</translation>
    </message>
    <message>
        <source>Sum of the recorded minutes of that service ÷ 60, to one decimal.</source>
        <translation>上述公益活动登记分钟数之和 ÷ 60，保留一位小数。</translation>
    </message>
    <message>
        <source>Re-offences</source>
        <translation>再犯罪</translation>
    </message>
    <message>
        <source>Re-offended under correction</source>
        <translation>矫正期间再犯罪</translation>
    </message>
    <message>
        <source>Persons whose new offence committed under correction was established (核实) on a date in the period, as recorded on the file (usually with its termination).</source>
        <translation>矫正期间再犯罪且认定（核实）日期在统计期间内的人数，以案卷登记为准（通常与终止矫正同时登记）。</translation>
    </message>
    <message>
        <source>Re-offending rate</source>
        <translation>再犯罪率</translation>
    </message>
    <message>
        <source>Re-offences in the period ÷ the average register ((at the start + at the end) ÷ 2) × 100%.</source>
        <translation>期内再犯罪人数 ÷ 平均在册人数（（期初在册 + 期末在册）÷ 2）× 100%。</translation>
    </message>
    <message>
        <source>Files ending before their reception</source>
        <translation>终止日期早于接收日期的档案</translation>
    </message>
    <message>
        <source>Received without a correction type</source>
        <translation>已接收但未填写矫正类别</translation>
    </message>
    <message>
        <source>In register after the end of their correction period</source>
        <translation>矫正期满后仍在册</translation>
    </message>
    <message>
        <source>A person is in the register from the date of reception until the date the file ends (release, termination or transfer out); a file ending on a day still counts on that day. Persons awaiting report-in are not in the register.</source>
        <translation>社区矫正对象自接收之日起至档案终结之日（解除矫正、终止矫正或迁出）止计入在册；档案终结当日仍计入在册。待报到人员不计入在册。</translation>
    </message>
    <message>
        <source>In register at the end = in register at the start + received − released − terminated − transferred out.</source>
        <translation>期末在册 = 期初在册 + 本期新接收 − 解除矫正 − 终止矫正 − 迁出。</translation>
    </message>
    <message>
        <source>Releases, terminations and transfers out count in the period of their date; a file ended before the person was received is counted apart.</source>
        <translation>解除矫正、终止矫正和迁出按其日期计入所属期间；接收前即已终结的档案单独统计。</translation>
    </message>
    <message>
        <source>The grade at the end of the period is the one in force on its last day by the dated grade history; type, sex and the minor flag are as recorded when the report is made.</source>
        <translation>期末管理等级以按日期记录的等级变更历史中统计期最后一日有效的等级为准；矫正类别、性别和未成年人标记以生成报表时的记录为准。</translation>
    </message>
    <message>
        <source>Assessments count by the date the entrustment was received, and as completed by the date of the opinion.</source>
        <translation>调查评估按收到委托之日统计，按出具评估意见之日计为已完成。</translation>
    </message>
    <message>
        <source>Leave and changes of residence count by the date of the approval; losses of contact by their first day; electronic monitoring when its period overlaps the report&apos;s.</source>
        <translation>外出审批和变更执行地按批准之日统计；失联按失联首日统计；电子定位按其期间与统计期有重叠统计。</translation>
    </message>
    <message>
        <source>Praise, admonitions and warnings count by the date of the decision; the office&apos;s proposals by the date of the proposal.</source>
        <translation>表扬、训诫和警告按决定之日统计；司法所提请事项按提请之日统计。</translation>
    </message>
    <message>
        <source>Education and community service count each session of each person (人次); hours are the recorded minutes ÷ 60.</source>
        <translation>教育学习和公益活动按每人每次统计（人次）；小时数 = 记录的分钟数 ÷ 60。</translation>
    </message>
    <message>
        <source>A re-offence counts in the period of the date it was established; the rate divides by the average of the register at the start and at the end.</source>
        <translation>再犯罪按认定之日计入所属期间；再犯罪率以期初在册与期末在册的平均数为分母。</translation>
    </message>
    <message>
        <source>Sealed files (封存) are left out of every figure.</source>
        <translation>已封存档案不计入任何统计数据。</translation>
    </message>
    <message>
        <source>Rates are percentages rounded to one decimal place; a rate with nothing to divide by is shown as 0.</source>
        <translation>各项比率为百分比，保留一位小数；分母为零的比率显示为 0。</translation>
    </message>
    <message>
        <source>The register does not balance: at the start %1 + received %2 − released %3 − terminated %4 − transferred out %5 = %6, but %7 are in register at the end. A file&apos;s end is dated before its reception, or a date is missing.</source>
        <translation>在册人数不平衡：期初在册 %1 + 本期新接收 %2 − 解除矫正 %3 − 终止矫正 %4 − 迁出 %5 = %6，但期末在册为 %7。存在档案终结日期早于接收日期或日期缺失的情况。</translation>
    </message>
    <message>
        <source>The persons in register at the end by type (%1) do not add up to those in register (%2).</source>
        <translation>按矫正类别统计的期末在册人数（%1）与在册总人数（%2）不一致。</translation>
    </message>
    <message>
        <source>%1 assessments were completed in the period but %2 have an opinion (suitable or not); record the missing opinions.</source>
        <translation>本期完成调查评估 %1 件，但仅 %2 件有评估意见（适用或不适用）；请补录缺失的评估意见。</translation>
    </message>
    <message>
        <source>%1 files end before the date of their reception; correct the dates.</source>
        <translation>%1 份档案的终结日期早于接收日期，请更正日期。</translation>
    </message>
    <message>
        <source>%1 persons received in the period have no correction type; they are missing from the figures by type.</source>
        <translation>本期新接收的 %1 人未填写矫正类别，因此未计入按类别统计的数据。</translation>
    </message>
    <message>
        <source>%1 persons in register at the end of the period had reached the end of their correction period before its last day (or before today) with no revocation pending; record their release.</source>
        <translation>期末在册人员中有 %1 人在统计期最后一日（或今日）之前已矫正期满且无待决的撤销事项；请登记其解除矫正。</translation>
    </message>
</context>
<context>
    <name>CorrectionTodo</name>
    <message>
        <source>Report-in: %1</source>
        <translation>报到：%1</translation>
    </message>
    <message>
        <source>This month&apos;s supervision (%1): %2</source>
        <translation>本月监管（%1）：%2</translation>
    </message>
    <message>
        <source>Monthly report on health</source>
        <translation>每月身体状况报告</translation>
    </message>
    <message>
        <source>Medical re-examination (every three months)</source>
        <translation>病情复查（每三个月一次）</translation>
    </message>
    <message>
        <source>%1: the office&apos;s review</source>
        <translation>%1：待司法所审核</translation>
    </message>
    <message>
        <source>%1: awaiting the decision</source>
        <translation>%1：待审批</translation>
    </message>
    <message>
        <source>Change of residence: the new county to be consulted</source>
        <translation>变更执行地：待征求新执行地县级社区矫正机构意见</translation>
    </message>
    <message>
        <source>Change of residence: the new county&apos;s reply</source>
        <translation>变更执行地：待新执行地县级社区矫正机构回复</translation>
    </message>
    <message>
        <source>Return from leave (%1) to be reported</source>
        <translation>外出（%1）返回待报告</translation>
    </message>
    <message>
        <source>Change of residence: send the files</source>
        <translation>变更执行地：移交档案材料</translation>
    </message>
    <message>
        <source>Change of residence: report to the new county</source>
        <translation>变更执行地：到新执行地县级社区矫正机构报到</translation>
    </message>
    <message>
        <source>Electronic monitoring ends: end it or extend it</source>
        <translation>电子定位期限届满：解除或延长</translation>
    </message>
    <message>
        <source>Contact lost: search for the person</source>
        <translation>失联：组织查找</translation>
    </message>
    <message>
        <source>Decision on the proposal awaited</source>
        <translation>提请事项待决定</translation>
    </message>
    <message>
        <source>Correction period ends with a revocation pending: hold the release</source>
        <translation>矫正期满但提请撤销尚未决定：暂缓解除矫正</translation>
    </message>
    <message>
        <source>Correction period ends: summary, appraisal and release announcement</source>
        <translation>矫正期满：个人总结、鉴定及解除矫正宣告</translation>
    </message>
    <message>
        <source>Key period “%1”: today&apos;s report</source>
        <translation>重点时段“%1”：今日报告</translation>
    </message>
    <message>
        <source>Pre-sentence assessment for %1 due</source>
        <translation>%1委托的调查评估到期</translation>
    </message>
</context>
<context>
    <name>CorrectionUi</name>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Disputes accepted by month, %1 and %2</source>
        <translation>%1年与%2年各月受理纠纷数</translation>
    </message>
    <message>
        <source>Disputes by the month of their acceptance date, this year beside last year.</source>
        <translation>按受理日期所在月份统计纠纷数，今年与去年对比。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Success rate %1</source>
        <translation>调解成功率 %1</translation>
    </message>
    <message>
        <source>Disputes accepted in %1 by type</source>
        <translation>%1年受理纠纷类型分布</translation>
    </message>
    <message>
        <source>Disputes accepted this year, by dispute type.</source>
        <translation>今年受理纠纷按纠纷类型统计。</translation>
    </message>
    <message>
        <source>Mediation success rate by month, %1</source>
        <translation>%1年各月调解成功率</translation>
    </message>
    <message>
        <source>Successes in the month ÷ disputes accepted in the month × 100%.</source>
        <translation>当月调解成功数 ÷ 当月受理纠纷数 × 100%。</translation>
    </message>
    <message>
        <source>Disputes accepted in %1 by risk level</source>
        <translation>%1年受理纠纷风险等级分布</translation>
    </message>
    <message>
        <source>Disputes accepted this year, by the risk level recorded on them.</source>
        <translation>今年受理纠纷按所登记的风险等级统计。</translation>
    </message>
    <message>
        <source>To-do items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Open deadlines of the modules you work in, by when they fall due.</source>
        <translation>您所负责业务模块中未办结的期限事项，按到期时间排列。</translation>
    </message>
    <message>
        <source>Under community correction by type</source>
        <translation>社区矫正对象类别分布</translation>
    </message>
    <message>
        <source>Under community correction by grade</source>
        <translation>社区矫正对象管理等级分布</translation>
    </message>
    <message>
        <source>Persons in the correction register today.</source>
        <translation>今日在册社区矫正对象。</translation>
    </message>
    <message>
        <source>Under assistance by category</source>
        <translation>帮教对象类别分布</translation>
    </message>
    <message>
        <source>Under assistance by hand-over</source>
        <translation>帮教对象衔接情况分布</translation>
    </message>
    <message>
        <source>Persons in the resettlement register today.</source>
        <translation>今日在册安置帮教对象。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Case or file</source>
        <translation>案件/档案</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>待办内容</translation>
    </message>
    <message>
        <source>There are no records behind this value.</source>
        <translation>该数值没有对应的记录。</translation>
    </message>
    <message>
        <source>Persons under community correction</source>
        <translation>社区矫正对象</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Correction type</source>
        <translation>矫正类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>管理等级</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>期满日期</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>负责工作人员</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Under correction</source>
        <translation>在册社区矫正对象</translation>
    </message>
    <message>
        <source>Files received or under correction now (sealed files left out).</source>
        <translation>已接收或正在矫正的档案（不含已封存档案）。</translation>
    </message>
    <message>
        <source>Files under correction now, by correction type.</source>
        <translation>正在矫正的档案，按矫正类别统计。</translation>
    </message>
    <message>
        <source>Files under correction now, by supervision grade.</source>
        <translation>正在矫正的档案，按管理等级统计。</translation>
    </message>
    <message>
        <source>Persons under resettlement assistance</source>
        <translation>安置帮教对象</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>释放日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>衔接情况</translation>
    </message>
    <message>
        <source>Assistance ends</source>
        <translation>帮教期满日期</translation>
    </message>
    <message>
        <source>Under assistance</source>
        <translation>在册帮教对象</translation>
    </message>
    <message>
        <source>Resettlement files open (under assistance) now.</source>
        <translation>当前在帮教中的安置帮教档案。</translation>
    </message>
    <message>
        <source>Files under assistance now, by category.</source>
        <translation>当前在帮教中的档案，按类别统计。</translation>
    </message>
    <message>
        <source>Files under assistance now, by the state of their hand-over.</source>
        <translation>当前在帮教中的档案，按衔接情况统计。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动，请安装软件包 libqt6sql6-sqlite。</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>preparing the database</source>
        <translation>准备数据库</translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging (the file system returned &quot;%1&quot;). Put the database on a local disk.</source>
        <translation>数据库无法切换到预写日志模式（文件系统返回“%1”）。请将数据库放在本地磁盘上。</translation>
    </message>
    <message>
        <source>The database refused the safety settings (foreign keys, full synchronous writes).</source>
        <translation>数据库未接受安全设置（外键、完全同步写入）。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>找不到数据库 %1。</translation>
    </message>
    <message>
        <source>%1 is not a SifaDesk database. It was not changed.</source>
        <translation>%1 不是司法所工作台数据库，文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SifaDesk (database version %2; this program reads up to version %3). Install the newer SifaDesk to open it. The file was not changed.</source>
        <translation>%1 由较新版本的司法所工作台写入（数据库版本 %2；本程序最高只能读取版本 %3）。请安装新版司法所工作台后再打开。文件未作任何改动。</translation>
    </message>
    <message>
        <source>SifaDesk cannot write to %1. It keeps a journal and backups beside the database, so the folder and the file must be writable. Copy the database to a writable folder and open it from there.</source>
        <translation>司法所工作台无法写入 %1。程序要在数据库旁保存日志和备份，因此文件夹和文件都必须可写。请将数据库复制到可写的文件夹，再从那里打开。</translation>
    </message>
    <message>
        <source>The database needs upgrading, but the safety copy could not be made first, so nothing was changed: %1</source>
        <translation>数据库需要升级，但未能先制作安全副本，因此未作任何改动：%1</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name; the existing file was not changed.</source>
        <translation>%1 已存在。请另选文件名；原有文件未作改动。</translation>
    </message>
    <message>
        <source>SifaDesk cannot create a database in %1: the folder cannot be written.</source>
        <translation>司法所工作台无法在 %1 中建立数据库：该文件夹不可写。</translation>
    </message>
    <message>
        <source>The new database could not be moved to %1.</source>
        <translation>未能将新数据库移动到 %1。</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Table %1 row %2 refers to a missing %3 record.</source>
        <translation>表 %1 第 %2 行引用的 %3 记录不存在。</translation>
    </message>
    <message>
        <source>saving database information</source>
        <translation>保存数据库信息</translation>
    </message>
</context>
<context>
    <name>DbSettings</name>
    <message>
        <source>saving a setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Failed sign-ins before an account is locked</source>
        <translation>账户锁定前允许的登录失败次数</translation>
    </message>
    <message>
        <source>Minutes an account stays locked</source>
        <translation>账户锁定时长（分钟）</translation>
    </message>
    <message>
        <source>Lock the screen after this many idle minutes</source>
        <translation>空闲多少分钟后锁定屏幕</translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation>密码最短长度</translation>
    </message>
    <message>
        <source>Backup folder (empty: &quot;backups&quot; beside the database)</source>
        <translation>备份文件夹（留空：数据库旁的“backups”文件夹）</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>每日备份保留份数</translation>
    </message>
    <message>
        <source>Backups made on exit to keep</source>
        <translation>退出时备份保留份数</translation>
    </message>
    <message>
        <source>Back up when the program closes</source>
        <translation>关闭程序时备份</translation>
    </message>
    <message>
        <source>Office abbreviation used in document numbers</source>
        <translation>文书编号中使用的机构简称</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 须为 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 过长。</translation>
    </message>
    <message>
        <source>County correction agency on the correction forms (empty: named after the county)</source>
        <extracomment>Empty, the forms name the county&apos;s bureau: 象山县社区矫正管理局</extracomment>
        <translation>社区矫正文书所列县级社区矫正机构（留空：按所在县命名）</translation>
    </message>
</context>
<context>
    <name>DemoCorrection</name>
    <message>
        <source>Demo subject %1: %2</source>
        <translation>演示矫正对象 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoMediation</name>
    <message>
        <source>Demo case %1: %2</source>
        <translation>演示案件 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoOffice</name>
    <message>
        <source>The demo recipes are missing from this build.</source>
        <translation>此版本缺少演示数据模板。</translation>
    </message>
</context>
<context>
    <name>DemoStatistics</name>
    <message>
        <source>choosing a dispute to reclassify</source>
        <translation>选择要重新分类的纠纷</translation>
    </message>
</context>
<context>
    <name>DisputeRepository</name>
    <message>
        <source>counting the mediation ledger</source>
        <translation>统计人民调解台账</translation>
    </message>
    <message>
        <source>reading the mediation ledger</source>
        <translation>读取人民调解台账</translation>
    </message>
    <message>
        <source>reading a case</source>
        <translation>读取案件</translation>
    </message>
    <message>
        <source>This case does not exist.</source>
        <translation>该案件不存在。</translation>
    </message>
    <message>
        <source>reading the parties</source>
        <translation>读取当事人</translation>
    </message>
    <message>
        <source>reading the records</source>
        <translation>读取调查和调解记录</translation>
    </message>
    <message>
        <source>reading the agreement</source>
        <translation>读取调解协议</translation>
    </message>
    <message>
        <source>reading the return visits</source>
        <translation>读取回访记录</translation>
    </message>
    <message>
        <source>looking up a case number</source>
        <translation>查询案号</translation>
    </message>
</context>
<context>
    <name>DisputeSearch</name>
    <message>
        <source>updating the search index</source>
        <translation>更新检索索引</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>重建检索索引</translation>
    </message>
</context>
<context>
    <name>DisputeService</name>
    <message>
        <source>This agreement was replaced by a later one.</source>
        <translation>此调解协议已被后来的协议取代。</translation>
    </message>
    <message>
        <source>Performance is pending, partial, done or failed.</source>
        <translation>履行情况只能是尚未履行、部分履行、履行完毕或未履行。</translation>
    </message>
    <message>
        <source>performance date</source>
        <translation>履行日期</translation>
    </message>
    <message>
        <source>agreement date</source>
        <translation>协议达成日期</translation>
    </message>
    <message>
        <source>Judicial confirmation is applied for with a written agreement.</source>
        <translation>须有书面调解协议才能申请司法确认。</translation>
    </message>
    <message>
        <source>application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>effective date of the agreement</source>
        <translation>调解协议生效日期</translation>
    </message>
    <message>
        <source>The parties had until %1 to apply for judicial confirmation (30 days from the agreement taking effect); the court will not confirm a later application.</source>
        <translation>当事人应于 %1 前申请司法确认（自调解协议生效之日起三十日内）；逾期申请的，人民法院不予确认。</translation>
    </message>
    <message>
        <source>Name the court.</source>
        <translation>请填写人民法院名称。</translation>
    </message>
    <message>
        <source>Record the application for judicial confirmation first.</source>
        <translation>请先登记司法确认申请。</translation>
    </message>
    <message>
        <source>The court confirms the agreement or rejects the application.</source>
        <translation>人民法院的裁定结果只能是确认调解协议有效或驳回申请。</translation>
    </message>
    <message>
        <source>date of the ruling</source>
        <translation>裁定日期</translation>
    </message>
    <message>
        <source>date of the visit</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Name who made the visit.</source>
        <translation>请填写回访人。</translation>
    </message>
    <message>
        <source>Satisfaction is satisfied, fair or dissatisfied.</source>
        <translation>满意度只能是满意、基本满意或不满意。</translation>
    </message>
    <message>
        <source>Describe what the visit found.</source>
        <translation>请填写回访情况。</translation>
    </message>
    <message>
        <source>acceptance date</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>registration date</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Give the reason the case is not accepted.</source>
        <translation>请填写不予受理的原因。</translation>
    </message>
    <message>
        <source>termination date</source>
        <translation>终止调解日期</translation>
    </message>
    <message>
        <source>Give the reason the mediation ends.</source>
        <translation>请填写终止调解的原因。</translation>
    </message>
    <message>
        <source>archiving date</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Name who files the case.</source>
        <translation>请填写立卷人。</translation>
    </message>
    <message>
        <source>Give the reason the case is reopened.</source>
        <translation>请填写重新启用案件的原因。</translation>
    </message>
    <message>
        <source>An extension must end after the current time limit (%1).</source>
        <translation>延长后的期限须晚于当前调解期限（%1）。</translation>
    </message>
    <message>
        <source>Record that both parties agreed to the extension, and why.</source>
        <translation>请注明双方当事人同意延长期限的情况及理由。</translation>
    </message>
    <message>
        <source>Name the responsible leader.</source>
        <translation>请填写包案领导。</translation>
    </message>
    <message>
        <source>The deadline of the assignment cannot lie in the past.</source>
        <translation>包案化解期限不能早于今天。</translation>
    </message>
    <message>
        <source>This case has no open responsibility assignment.</source>
        <translation>此案件没有未结束的包案。</translation>
    </message>
    <message>
        <source>closing date of the assignment</source>
        <translation>包案办结日期</translation>
    </message>
    <message>
        <source>assignment date</source>
        <translation>包案日期</translation>
    </message>
    <message>
        <source>Give the reason the record is removed.</source>
        <translation>请填写删除记录的原因。</translation>
    </message>
    <message>
        <source>The only mediation session of a decided case cannot be removed; correct it instead.</source>
        <translation>已有调解结果的案件，其唯一的调解记录不能删除；如有错误，请更正该记录。</translation>
    </message>
    <message>
        <source>Party %1: %2</source>
        <translation>当事人 %1：%2</translation>
    </message>
    <message>
        <source>removed from the case</source>
        <translation>已从本案移除</translation>
    </message>
    <message>
        <source>Choose where the dispute came from.</source>
        <translation>请选择案件来源。</translation>
    </message>
    <message>
        <source>Name the body that referred the dispute.</source>
        <translation>请填写移送纠纷的单位。</translation>
    </message>
    <message>
        <source>Choose the screening that found the dispute.</source>
        <translation>请选择发现该纠纷的矛盾纠纷排查记录。</translation>
    </message>
    <message>
        <source>The screening this dispute is linked to does not exist.</source>
        <translation>该纠纷关联的排查记录不存在。</translation>
    </message>
    <message>
        <source>Choose the type of dispute.</source>
        <translation>请选择纠纷类型。</translation>
    </message>
    <message>
        <source>Enter the registration date.</source>
        <translation>请填写登记日期。</translation>
    </message>
    <message>
        <source>The registration date lies in the future.</source>
        <translation>登记日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Describe the dispute briefly.</source>
        <translation>请简要描述纠纷情况。</translation>
    </message>
    <message>
        <source>Numbers of persons and amounts cannot be negative.</source>
        <translation>人数和金额不能为负数。</translation>
    </message>
    <message>
        <source>Choose a risk level: red, orange, yellow or none.</source>
        <translation>请选择风险等级：红色、橙色、黄色或未评估。</translation>
    </message>
    <message>
        <source>A group dispute needs the number of people in it.</source>
        <translation>群体性纠纷须填写涉及人数。</translation>
    </message>
    <message>
        <source>A prevented outcome counts this case once and at least one person; without the case there are no persons.</source>
        <translation>防止类成效按本案计 1 件，且至少计 1 人；未计案件的，不能填写人数。</translation>
    </message>
    <message>
        <source>The committee does not exist.</source>
        <translation>该人民调解委员会不存在。</translation>
    </message>
    <message>
        <source>The mediator does not exist.</source>
        <translation>该调解员不存在。</translation>
    </message>
    <message>
        <source>The assisting mediator must be someone else.</source>
        <translation>协助调解员不能与主持调解员为同一人。</translation>
    </message>
    <message>
        <source>Party %1 has no valid role.</source>
        <translation>当事人 %1 未指定有效的身份（申请人、被申请人等）。</translation>
    </message>
    <message>
        <source>Party %1 must be a person or an organisation.</source>
        <translation>当事人 %1 须为自然人或组织。</translation>
    </message>
    <message>
        <source>Every party needs a name.</source>
        <translation>每名当事人都须填写姓名。</translation>
    </message>
    <message>
        <source>A dispute needs at least one party on each side, or at least one applicant.</source>
        <translation>纠纷双方至少各需一名当事人，或至少需有一名申请人。</translation>
    </message>
    <message>
        <source>A dispute brought by application needs its applicant.</source>
        <translation>经当事人申请的纠纷须填写申请人。</translation>
    </message>
    <message>
        <source>An agreement is written or oral.</source>
        <translation>调解协议须为书面协议或口头协议。</translation>
    </message>
    <message>
        <source>An agreement cannot take effect before it was reached.</source>
        <translation>调解协议的生效日期不能早于达成日期。</translation>
    </message>
    <message>
        <source>A written agreement states the main facts, the matters in dispute and each side&apos;s liability.</source>
        <translation>书面协议须载明纠纷的主要事实、争议事项及各方当事人的责任。</translation>
    </message>
    <message>
        <source>Every term of the agreement needs its text.</source>
        <translation>协议的每项条款都须填写内容。</translation>
    </message>
    <message>
        <source>The amount of a term cannot be negative.</source>
        <translation>条款金额不能为负数。</translation>
    </message>
    <message>
        <source>A term cannot fall due before the agreement was reached.</source>
        <translation>条款的履行期限不能早于协议达成日期。</translation>
    </message>
    <message>
        <source>Write down at least one term the parties agreed on.</source>
        <translation>请至少填写一项当事人达成一致的协议条款。</translation>
    </message>
    <message>
        <source>The performance deadline lies before the agreement date.</source>
        <translation>履行期限早于协议日期。</translation>
    </message>
    <message>
        <source>Numbers of copies and amounts cannot be negative.</source>
        <translation>份数和金额不能为负数。</translation>
    </message>
    <message>
        <source>removed from the agreement</source>
        <translation>从协议中删除</translation>
    </message>
    <message>
        <source>This case has no agreement.</source>
        <translation>此案件没有调解协议。</translation>
    </message>
    <message>
        <source>No free case number is left in this year&apos;s sequence.</source>
        <translation>本年度的卷宗号序列已无可用编号。</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>读取记录</translation>
    </message>
    <message>
        <source>This record does not exist.</source>
        <translation>此记录不存在。</translation>
    </message>
    <message>
        <source>A record is an investigation or a mediation session.</source>
        <translation>记录类型须为调查记录或调解记录。</translation>
    </message>
    <message>
        <source>Enter when the meeting took place.</source>
        <translation>请填写调查或调解的时间。</translation>
    </message>
    <message>
        <source>The meeting lies in the future.</source>
        <translation>调查或调解的时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>The meeting took place before the case was accepted.</source>
        <translation>调查或调解的时间早于案件受理时间。</translation>
    </message>
    <message>
        <source>Write down what was said and found.</source>
        <translation>请填写谈话内容及查明的情况。</translation>
    </message>
    <message>
        <source>Name the mediators present.</source>
        <translation>请填写参加调解的调解员。</translation>
    </message>
    <message>
        <source>Name who investigated.</source>
        <translation>请填写调查人。</translation>
    </message>
    <message>
        <source>This case was removed.</source>
        <translation>此案件已被删除。</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>The %1 lies in the future.</source>
        <translation>%1不能晚于今天。</translation>
    </message>
    <message>
        <source>The %1 (%2) is before the %3 (%4).</source>
        <translation>%1（%2）早于%3（%4）。</translation>
    </message>
</context>
<context>
    <name>DisputeWorkflow</name>
    <message>
        <source>change the registration</source>
        <translation>修改登记信息</translation>
    </message>
    <message>
        <source>accept the case</source>
        <translation>受理案件</translation>
    </message>
    <message>
        <source>decline the case</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>record an investigation</source>
        <translation>登记调查记录</translation>
    </message>
    <message>
        <source>record a mediation session</source>
        <translation>登记调解记录</translation>
    </message>
    <message>
        <source>record an agreement</source>
        <translation>登记调解协议</translation>
    </message>
    <message>
        <source>terminate the mediation</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>record how the agreement is performed</source>
        <translation>登记协议履行情况</translation>
    </message>
    <message>
        <source>archive the case</source>
        <translation>将案件归档</translation>
    </message>
    <message>
        <source>reopen the case</source>
        <translation>重新启用案件</translation>
    </message>
    <message>
        <source>extend the time limit</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>record a return visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>record the application for judicial confirmation</source>
        <translation>登记司法确认申请</translation>
    </message>
    <message>
        <source>record the court&apos;s decision</source>
        <translation>登记人民法院的裁定结果</translation>
    </message>
    <message>
        <source>assign the case to a responsible leader</source>
        <translation>指定包案领导</translation>
    </message>
    <message>
        <source>close the responsibility assignment</source>
        <translation>结束包案</translation>
    </message>
    <message>
        <source>Correct the registration…</source>
        <translation>更正登记信息…</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>受理…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>Investigation record…</source>
        <translation>调查记录…</translation>
    </message>
    <message>
        <source>Mediation session…</source>
        <translation>调解记录…</translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation>调解协议…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止调解…</translation>
    </message>
    <message>
        <source>Performance…</source>
        <translation>履行情况…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新启用…</translation>
    </message>
    <message>
        <source>Extend the time limit…</source>
        <translation>延长调解期限…</translation>
    </message>
    <message>
        <source>Return visit…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Judicial confirmation applied…</source>
        <translation>申请司法确认…</translation>
    </message>
    <message>
        <source>Court&apos;s decision…</source>
        <translation>人民法院裁定…</translation>
    </message>
    <message>
        <source>Assign a responsible leader (包案)…</source>
        <translation>指定包案领导…</translation>
    </message>
    <message>
        <source>Close the assignment…</source>
        <translation>结束包案…</translation>
    </message>
    <message>
        <source>Reopen the case first.</source>
        <translation>请先重新启用案件。</translation>
    </message>
    <message>
        <source>Accept the case first.</source>
        <translation>请先受理案件。</translation>
    </message>
    <message>
        <source>An agreement follows at least one mediation session.</source>
        <translation>须至少进行一次调解后才能登记调解协议。</translation>
    </message>
    <message>
        <source>The case is closed; archive it or reopen it.</source>
        <translation>案件已结案，请将其归档或重新启用。</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot %2.</source>
        <translation>处于“%1”状态的案件不能%2。</translation>
    </message>
</context>
<context>
    <name>Divisions</name>
    <message>
        <source>The division code file %1 could not be read (%2).</source>
        <translation>无法读取行政区划代码文件 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Two warnings (%1) and not corrected: eligible for the proposal.</source>
        <extracomment>%1 the dates of the warnings</extracomment>
        <translation>两次警告（%1）后仍未改正：符合提请条件。</translation>
    </message>
    <message>
        <source>Two admonitions (%1) since the last warning and not corrected: eligible for a warning.</source>
        <extracomment>%1 the dates of the admonitions</extracomment>
        <translation>上次警告后两次训诫（%1）仍未改正：符合给予警告的条件。</translation>
    </message>
    <message numerus="yes">
        <source>Absent or not reported since %1, %n day(s): eligible for an admonition.</source>
        <translation>
            <numerusform>自 %1 起脱离监管或未按规定报到 %n 日：符合给予训诫的条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent or not reported since %1, beyond %2: eligible for the proposal.</source>
        <extracomment>%2 the last day of the allowed absence</extracomment>
        <translation>自 %1 起脱离监管或未按规定报到，已超过 %2：符合提请条件。</translation>
    </message>
    <message numerus="yes">
        <source>Absent or not reported since %1, %n day(s), beyond %2: eligible for a warning.</source>
        <translation>
            <numerusform>自 %1 起脱离监管或未按规定报到 %n 日，已超过 %2：符合给予警告的条件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>%1 cannot be written (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>无法写入 %1（%2）。请检查文件夹是否存在、您是否有写入权限，或另选保存位置。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was changed.</source>
        <translation>%1 写入失败（%2），未作任何更改。</translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not written. Free some space and try again.</source>
        <translation>磁盘已满，未能写入 %1。请释放部分空间后重试。</translation>
    </message>
</context>
<context>
    <name>FormFonts</name>
    <message>
        <source>%1 not installed: forms print with %2 instead.</source>
        <extracomment>%1 the official fonts (e.g. 仿宋_GB2312、宋体), %2 the one printed instead</extracomment>
        <translation>未安装%1：文书改用 %2 打印。</translation>
    </message>
    <message>
        <source>No font for %1 is installed; install fonts-noto-cjk or the official fonts.</source>
        <translation>没有可用于%1的字体；请安装 fonts-noto-cjk 或公文规定字体。</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>The printout could not be finished.</source>
        <translation>打印未能完成。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>PDF 无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FormTemplates</name>
    <message>
        <source>%1: &quot;size&quot; must be a point size from 5 to 72 or a size name such as 小四</source>
        <translation>%1：“size”须为 5 至 72 的磅值，或“小四”等字号名称</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number from %3 to %4</source>
        <translation>%1：“%2”须为 %3 至 %4 之间的数字</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be one of %3, not &quot;%4&quot;</source>
        <translation>%1：“%2”须为 %3 之一，而不是“%4”</translation>
    </message>
    <message>
        <source>%1: a cell must be an object such as {&quot;label&quot;: &quot;姓名&quot;}</source>
        <translation>%1：单元格须为对象，例如 {&quot;label&quot;: &quot;姓名&quot;}</translation>
    </message>
    <message>
        <source>%1: a cell has either &quot;label&quot; or &quot;text&quot;</source>
        <translation>%1：单元格须有“label”或“text”之一</translation>
    </message>
    <message>
        <source>%1: a block has exactly one of title, text, table, each, grid, ruled, space, sign, pagebreak</source>
        <translation>%1：每个块须且只能有 title、text、table、each、grid、ruled、space、sign、pagebreak 之一</translation>
    </message>
    <message>
        <source>%1: &quot;columns&quot; must list positive widths</source>
        <translation>%1：“columns”须列出正数宽度</translation>
    </message>
    <message>
        <source>%1: table row %2 must be a list of cells</source>
        <translation>%1：表格第 %2 行须为单元格列表</translation>
    </message>
    <message>
        <source>%1, row %2, cell %3</source>
        <translation>%1，第 %2 行第 %3 格</translation>
    </message>
    <message>
        <source>%1: table row %2 spans %3 columns, the table has %4</source>
        <translation>%1：表格第 %2 行占 %3 列，而表格有 %4 列</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1，第 %2 列</translation>
    </message>
    <message>
        <source>%1: a grid needs columns</source>
        <translation>%1：登记表（grid）须有列</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1，第 %2 块</translation>
    </message>
    <message>
        <source>%1: a block must be an object</source>
        <translation>%1：块须为对象</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>&quot;layout&quot; must be form, document or ledger, not &quot;%1&quot;</source>
        <translation>“layout”须为 form、document 或 ledger，而不是“%1”</translation>
    </message>
    <message>
        <source>form %1</source>
        <translation>文书 %1</translation>
    </message>
    <message>
        <source>The built-in form %1 could not be read (%2).</source>
        <translation>内置文书 %1 无法读取（%2）。</translation>
    </message>
    <message>
        <source>The form file %1 could not be used (%2); the built-in form is printed.</source>
        <extracomment>%1 file path, %2 what is wrong and where</extracomment>
        <translation>文书文件 %1 无法使用（%2）；改用内置文书打印。</translation>
    </message>
    <message>
        <source>The form file %1 could not be used: it names the form &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>文书文件 %1 无法使用：其中写的是文书“%2”，而不是“%3”。</translation>
    </message>
    <message>
        <source>The form file %1 is not used: SifaDesk has no form of that name.</source>
        <translation>文书文件 %1 未使用：系统中没有该名称的文书。</translation>
    </message>
    <message>
        <source>Community correction</source>
        <translation>社区矫正</translation>
    </message>
    <message>
        <source>Resettlement and assistance</source>
        <translation>安置帮教</translation>
    </message>
    <message>
        <source>People&apos;s mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>FormText</name>
    <message>
        <source>%1年%2月%3日%4时%5分</source>
        <translation>%1年%2月%3日%4时%5分</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1年%2月%3日</translation>
    </message>
</context>
<context>
    <name>GradeRules</name>
    <message>
        <source>the grade rules</source>
        <translation>分类管理监管要求</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be correction-grades</source>
        <translation>“id”须为 correction-grades</translation>
    </message>
    <message>
        <source>at least one version is needed</source>
        <translation>至少需要一个版本</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 个版本</translation>
    </message>
    <message>
        <source>%1: the grade &quot;%2&quot; is missing</source>
        <translation>%1：缺少管理类别“%2”</translation>
    </message>
    <message>
        <source>%1, grade %2</source>
        <translation>%1，管理类别 %2</translation>
    </message>
    <message>
        <source>%1: there is no grade &quot;%2&quot;</source>
        <translation>%1：没有管理类别“%2”</translation>
    </message>
    <message>
        <source>%1: two versions take effect on the same day</source>
        <translation>%1：两个版本的生效日期相同</translation>
    </message>
    <message>
        <source>The built-in grade rules could not be read (%1).</source>
        <translation>内置的分类管理监管要求无法读取（%1）。</translation>
    </message>
    <message>
        <source>The grade rule file %1 could not be used (%2); the built-in rules are used.</source>
        <extracomment>%1 file path, %2 what is wrong and where</extracomment>
        <translation>分类管理规则文件 %1 无法使用（%2）；改用内置规则。</translation>
    </message>
    <message>
        <source>No grade rules are in force on %1.</source>
        <translation>%1 没有生效的分类管理监管要求。</translation>
    </message>
    <message>
        <source>There is no grade &quot;%1&quot;.</source>
        <translation>没有管理类别“%1”。</translation>
    </message>
    <message>
        <source>reports in person</source>
        <translation>当面报告</translation>
    </message>
    <message>
        <source>written reports</source>
        <translation>书面报告</translation>
    </message>
    <message>
        <source>reports by phone</source>
        <translation>电话报告</translation>
    </message>
    <message>
        <source>individual talks</source>
        <translation>个别谈话教育</translation>
    </message>
    <message>
        <source>home or workplace visits</source>
        <translation>实地走访</translation>
    </message>
    <message>
        <source>hours of study</source>
        <translation>教育学习小时数</translation>
    </message>
    <message>
        <source>hours of community service</source>
        <translation>公益活动小时数</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>%1 what (written reports), %2 how many were recorded, %3 how many the grade expects</extracomment>
        <translation>%1：%2，应为 %3</translation>
    </message>
</context>
<context>
    <name>IdNumbers</name>
    <message>
        <source>Enter the document number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <source>A foreign permanent residence ID has 18 characters starting with 9 (or, on older cards, 3 letters and 12 digits).</source>
        <translation>外国人永久居留身份证号码为18位，以9开头（旧版证件为3个字母加12位数字）。</translation>
    </message>
    <message>
        <source>A document number has 3 to 30 letters, digits or hyphens.</source>
        <translation>证件号码应为3至30位字母、数字或连字符。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>A 15-digit ID number has digits only; check the character &quot;%1&quot;.</source>
        <translation>15位身份证号码只能是数字，请检查字符“%1”。</translation>
    </message>
    <message>
        <source>A residence permit number has 18 characters; this one has %1.</source>
        <translation>居住证号码应为18位，此号码为 %1 位。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (15 on cards issued before 1999); this one has %1.</source>
        <translation>居民身份证号码应为18位（1999年以前签发的为15位），此号码为 %1 位。</translation>
    </message>
    <message>
        <source>An ID number has digits only, with an X allowed as the last character; character %1 (&quot;%2&quot;) is wrong.</source>
        <translation>身份证号码只能是数字，最后一位可以是X；第 %1 位（“%2”）有误。</translation>
    </message>
    <message>
        <source>A residence permit for Hong Kong, Macao or Taiwan residents starts with 810000, 820000 or 830000; this one starts with %1.</source>
        <translation>港澳台居民居住证号码以810000、820000或830000开头，此号码以 %1 开头。</translation>
    </message>
    <message>
        <source>The number starts with %1, which is not a province code; check the first two digits.</source>
        <translation>号码开头的 %1 不是省级行政区划代码，请检查前两位。</translation>
    </message>
    <message>
        <source>The digits %1 (positions 7 to 12) are not a real birth date.</source>
        <translation>第7至12位 %1 不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The digits %1 (positions 7 to 14) are not a real birth date.</source>
        <translation>第7至14位 %1 不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The birth date in the number, %1, lies in the future.</source>
        <translation>号码中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The birth date in the number, %1, is before 1900.</source>
        <translation>号码中的出生日期 %1 早于1900年。</translation>
    </message>
    <message>
        <source>The last character should be %1, not %2: a digit was probably mistyped.</source>
        <translation>最后一位（校验码）应为 %1，而不是 %2：可能有数字输错。</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1: unknown field &quot;%2&quot;</source>
        <extracomment>%1 is a place in a rule file, %2 a field name</extracomment>
        <translation>%1：未知字段“%2”</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is missing</source>
        <translation>%1：缺少字段“%2”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a non-empty text</source>
        <translation>%1：“%2”须为非空文本</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a date written yyyy-mm-dd, not &quot;%3&quot;</source>
        <translation>%1：“%2”须为 yyyy-mm-dd 格式的日期，而不是“%3”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1：“%2”须为 %3 至 %4 之间的整数</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false</source>
        <translation>%1：“%2”须为 true 或 false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list [ ... ]</source>
        <translation>%1：“%2”须为列表 [ ... ]</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object { ... }</source>
        <translation>%1：“%2”须为对象 { ... }</translation>
    </message>
    <message>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <extracomment>%1 line, %2 column, %3 Qt&apos;s description of the JSON syntax error</extracomment>
        <translation>第 %1 行第 %2 列：不是有效的 JSON（%3）</translation>
    </message>
    <message>
        <source>the file must contain one JSON object { ... }</source>
        <translation>文件须包含一个 JSON 对象 { ... }</translation>
    </message>
</context>
<context>
    <name>LeaveRules</name>
    <message>
        <source>The rule correction.%1 is missing for %2; check the rule files.</source>
        <translation>%2 适用的规则 correction.%1 缺失；请检查规则文件。</translation>
    </message>
    <message>
        <source>the judicial office (filed with the county)</source>
        <translation>司法所（报县级社区矫正机构备案）</translation>
    </message>
    <message>
        <source>the county correction agency</source>
        <translation>县级社区矫正机构</translation>
    </message>
    <message>
        <source>the correction agency one level above the county</source>
        <translation>上一级社区矫正机构</translation>
    </message>
    <message>
        <source>Enter the first and the last day of the leave.</source>
        <translation>请填写外出的起止日期。</translation>
    </message>
    <message>
        <source>The leave ends before it starts; check the dates.</source>
        <translation>外出结束日期早于开始日期，请核对。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in one request: more than %1 days goes one level higher.</source>
        <translation>
            <numerusform>一次申请 %n 日：超过 %1 日的报上一级社区矫正机构审批。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): more than %1 days is approved by the county correction agency.</source>
        <translation>
            <numerusform>%n 日：超过 %1 日的由县级社区矫正机构批准。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): up to %1 days the entrusted judicial office may approve.</source>
        <translation>
            <numerusform>%n 日：%1 日以内的可由受委托的司法所批准。</numerusform>
        </translation>
    </message>
    <message>
        <source>The dates overlap leave already approved.</source>
        <translation>与已批准的外出日期重叠。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of leave from %1 to %2: more than %3 days within that period goes one level higher.</source>
        <extracomment>%1 first day of the window, %2 last day, %3 the limit in days</extracomment>
        <translation>
            <numerusform>%1 至 %2 期间累计外出 %n 日：超过 %3 日的报上一级社区矫正机构审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied on %1: the rule asks for the application by %2.</source>
        <translation>申请日期为 %1：按规定应于 %2 前申请。</translation>
    </message>
</context>
<context>
    <name>LedgerColumns</name>
    <message>
        <source>The columns &quot;%1&quot; (%2) and &quot;%3&quot; (%4) both hold %5; remove or rename one of them.</source>
        <translation>“%1”列（%2）和“%3”列（%4）都对应%5，请删除或重新命名其中一列。</translation>
    </message>
    <message>
        <source>The ledger has no column for %1 (header found on line %2). Name the columns as the ledger template does, e.g. %3.</source>
        <translation>台账中没有对应%1的列（表头位于第 %2 行）。请按台账模板命名各列，例如：%3。</translation>
    </message>
    <message>
        <source>No header row was found in the first %1 lines: a ledger needs a row naming its columns, such as 案号, 受理日期, 纠纷类型, 申请人 and 纠纷简要情况.</source>
        <translation>前 %1 行中未找到表头行：台账须有一行列名，如案号、受理日期、纠纷类型、申请人、纠纷简要情况等。</translation>
    </message>
</context>
<context>
    <name>LedgerExport</name>
    <message>
        <source>reading the mediation ledger</source>
        <translation>读取人民调解台账</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <source>Mediation ledger</source>
        <translation>人民调解台账</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>reading what the database holds</source>
        <translation>读取数据库现有数据</translation>
    </message>
    <message>
        <source>The case number %1 is already in the database; a ledger is imported only once.</source>
        <translation>案号 %1 已在数据库中；同一台账只能导入一次。</translation>
    </message>
    <message>
        <source>The case number %1 appears again (first in row %2).</source>
        <translation>案号 %1 重复出现（首次出现在第 %2 行）。</translation>
    </message>
    <message>
        <source>%1 was removed from the people index; restore the person there before importing this case.</source>
        <translation>%1 已从人员库中删除；请先在人员库中恢复此人员，再导入此案件。</translation>
    </message>
    <message>
        <source>Terms as recorded in the imported ledger; agreed amount %1 yuan.</source>
        <translation>协议条款以导入台账的记载为准；协议金额 %1 元。</translation>
    </message>
    <message>
        <source>Terms as recorded in the imported ledger.</source>
        <translation>协议条款以导入台账的记载为准。</translation>
    </message>
</context>
<context>
    <name>LedgerLifecycle</name>
    <message>
        <source>The row has neither a 受理日期 nor a 登记日期.</source>
        <translation>该行既无受理日期，也无登记日期。</translation>
    </message>
    <message>
        <source>The 登记日期 (%1) is after the 受理日期 (%2).</source>
        <translation>登记日期（%1）晚于受理日期（%2）。</translation>
    </message>
    <message>
        <source>The row records an agreement (协议形式, 协议日期, 协议金额 or 履行情况) but its 调解结果 is not 成功.</source>
        <translation>该行记录了调解协议（协议形式、协议日期、协议金额或履行情况），但调解结果不是“成功”。</translation>
    </message>
    <message>
        <source>A mediation result needs the 受理日期 of the case.</source>
        <translation>填写调解结果须同时填写案件的受理日期。</translation>
    </message>
    <message>
        <source>The row has a 结案日期 (%1) but no 调解结果.</source>
        <translation>该行有结案日期（%1），但没有调解结果。</translation>
    </message>
    <message>
        <source>The 结案日期 (%1) is before the case was registered (%2).</source>
        <translation>结案日期（%1）早于案件登记日期（%2）。</translation>
    </message>
    <message>
        <source>The 结案日期 (%1) is before the 受理日期 (%2).</source>
        <translation>结案日期（%1）早于受理日期（%2）。</translation>
    </message>
    <message>
        <source>A case that was not accepted (不予受理) has no 受理日期.</source>
        <translation>不予受理的案件不应有受理日期。</translation>
    </message>
    <message>
        <source>A case that was not accepted (不予受理) needs the date of that decision as its 结案日期.</source>
        <translation>不予受理的案件须以作出不予受理决定的日期作为结案日期。</translation>
    </message>
    <message>
        <source>A successful mediation needs its 协议日期 (or at least a 结案日期).</source>
        <translation>调解成功的案件须填写协议日期（或至少填写结案日期）。</translation>
    </message>
    <message>
        <source>The 协议日期 (%1) is before the 受理日期 (%2).</source>
        <translation>协议日期（%1）早于受理日期（%2）。</translation>
    </message>
    <message>
        <source>The 结案日期 (%1) is before the 协议日期 (%2).</source>
        <translation>结案日期（%1）早于协议日期（%2）。</translation>
    </message>
    <message>
        <source>A case still being performed (部分履行) has no 结案日期 yet.</source>
        <translation>仍在履行中（部分履行）的案件尚不应有结案日期。</translation>
    </message>
    <message>
        <source>The row has an 归档日期 but the case is not closed (%1).</source>
        <translation>该行有归档日期，但案件尚未结案（%1）。</translation>
    </message>
    <message>
        <source>The 归档日期 (%1) is before the 结案日期 (%2).</source>
        <translation>归档日期（%1）早于结案日期（%2）。</translation>
    </message>
    <message>
        <source>The 状态 says &quot;%1&quot; but the other columns describe a case that is &quot;%2&quot;.</source>
        <translation>状态列为“%1”，但其他各列反映的案件状态为“%2”。</translation>
    </message>
</context>
<context>
    <name>LedgerRow</name>
    <message>
        <source>The %1 (%2) lies in the future.</source>
        <translation>%1（%2）晚于今天。</translation>
    </message>
    <message>
        <source>The ID number in %1 (%2) is stored as a number, so Excel has already replaced its last digits with zeros. Format the column as text in Excel, type the numbers again and import the file again.</source>
        <translation>“%1”列中的身份证号码（%2）以数字形式保存，Excel 已将其末几位替换为 0。请在 Excel 中将该列设置为文本格式，重新输入号码后再次导入文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 names %n person(s) but %2 holds %3 ID number(s); list them in the same order, separated by 、</source>
        <translation>
            <numerusform>“%1”列填写了 %n 人，但“%2”列有 %3 个身份证号码；请按相同顺序填写，并以“、”分隔</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number %1 in %2 has no name beside it.</source>
        <translation>“%2”列中的身份证号码 %1 没有对应的姓名。</translation>
    </message>
    <message>
        <source>The name in %1 is longer than 100 characters.</source>
        <translation>“%1”列中的姓名超过100个字符。</translation>
    </message>
    <message>
        <source>The ID number of %1 reads &quot;%2&quot;: Excel turned it into a number and destroyed its last digits. Format the column as text in Excel, type the numbers again and import the file again.</source>
        <translation>%1 的身份证号码为“%2”：Excel 已将其转换为数字，末几位已被破坏。请在 Excel 中将该列设置为文本格式，重新输入号码后再次导入文件。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>The case number %1 is stored as a number too long for Excel, which changed its last digits. Format the column as text and type it again.</source>
        <translation>案号 %1 以数字形式保存，位数超出 Excel 的处理范围，末几位已被更改。请将该列设置为文本格式后重新输入。</translation>
    </message>
    <message>
        <source>An accepted case needs its case number (案号).</source>
        <translation>已受理的案件须填写案号。</translation>
    </message>
    <message>
        <source>The row names no party (申请人).</source>
        <translation>该行未填写当事人（申请人）。</translation>
    </message>
    <message>
        <source>A dispute brought by application (当事人申请) needs its applicant (申请人).</source>
        <translation>经当事人申请的纠纷须填写申请人。</translation>
    </message>
    <message>
        <source>The ID number of %1 appears twice among the parties of this case.</source>
        <translation>%1 的身份证号码在本案当事人中重复出现。</translation>
    </message>
    <message>
        <source>The summary of the dispute (纠纷简要情况) is empty.</source>
        <translation>纠纷简要情况为空。</translation>
    </message>
    <message>
        <source>%1 names %2 mediators; a case has one leading and at most one assisting mediator.</source>
        <translation>“%1”列填写了 %2 名调解员；每件案件只能有一名主持调解员和至多一名协助调解员。</translation>
    </message>
    <message>
        <source>The assisting mediator must be someone else than the leading one.</source>
        <translation>协助调解员不能与主持调解员为同一人。</translation>
    </message>
</context>
<context>
    <name>LedgerValues</name>
    <message>
        <source>The %1 &quot;%2&quot; is not a date; write it as 2024-03-15.</source>
        <translation>%1“%2”不是日期，请按 2024-03-15 的格式填写。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is a date, not an amount.</source>
        <translation>%1“%2”是日期，不是金额。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an amount in yuan (e.g. 2000, 2,000.50, 2000元 or 0.2万).</source>
        <translation>%1“%2”不是以元为单位的金额（例如 2000、2,000.50、2000元或0.2万）。</translation>
    </message>
    <message>
        <source>The %1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a number of persons.</source>
        <translation>%1“%2”不是有效的人数。</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is not one of 当事人申请, 调委会主动调解, 委托移送 (e.g. 公安移送, 法院委托, 信访移送) or 排查发现.</source>
        <translation>案件来源“%1”无效，应为：当事人申请、调委会主动调解、委托移送（如公安移送、法院委托、信访移送）或排查发现。</translation>
    </message>
    <message>
        <source>The type of dispute (纠纷类型) is empty.</source>
        <translation>纠纷类型为空。</translation>
    </message>
    <message>
        <source>The type of dispute &quot;%1&quot; is not in the list of dispute types.</source>
        <translation>纠纷类型“%1”不在纠纷类型列表中。</translation>
    </message>
    <message>
        <source>The result &quot;%1&quot; is not one of 成功, 不成功, 终止 or 不予受理.</source>
        <translation>调解结果“%1”无效，应为：成功、不成功、终止或不予受理。</translation>
    </message>
    <message>
        <source>The form of agreement &quot;%1&quot; is neither 书面 nor 口头.</source>
        <translation>协议形式“%1”无效，应为：书面或口头。</translation>
    </message>
    <message>
        <source>The performance &quot;%1&quot; is not one of 履行完毕, 部分履行 or 未履行.</source>
        <translation>履行情况“%1”无效，应为：履行完毕、部分履行或未履行。</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not a status SifaDesk knows.</source>
        <translation>状态“%1”不是司法所工作台可识别的状态。</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of SifaDesk (database version %1; this program reads up to %2). Install the newer SifaDesk to restore it.</source>
        <translation>该备份由较新版本的司法所工作台制作（数据库版本 %1；本程序最高只能读取版本 %2）。请安装新版司法所工作台后再恢复。</translation>
    </message>
    <message>
        <source>The backup belongs to office %1 (%2), not to this office (%3). Nothing was changed.</source>
        <translation>该备份属于 %1（%2），不属于本机构（%3）。未作任何改动。</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created.</source>
        <translation>无法创建数据库所在的文件夹。</translation>
    </message>
    <message>
        <source>The restored database failed its integrity check: %1</source>
        <translation>恢复后的数据库未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database; it was not replaced.</source>
        <translation>%1 是其他程序的数据库，未予替换。</translation>
    </message>
</context>
<context>
    <name>MediationCodes</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Mediating</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>已达成协议</translation>
    </message>
    <message>
        <source>Mediation terminated</source>
        <translation>已终止调解</translation>
    </message>
    <message>
        <source>Being performed</source>
        <translation>履行中</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>履行完毕</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Application by a party</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <source>Committee&apos;s own initiative</source>
        <translation>调委会主动调解</translation>
    </message>
    <message>
        <source>Referred by another body</source>
        <translation>委托移送</translation>
    </message>
    <message>
        <source>Found in screening</source>
        <translation>排查发现</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Succeeded (written agreement)</source>
        <translation>成功（书面协议）</translation>
    </message>
    <message>
        <source>Succeeded (oral agreement)</source>
        <translation>成功（口头协议）</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不成功</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>口头</translation>
    </message>
    <message>
        <source>Not yet performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Fully performed</source>
        <translation>履行完毕</translation>
    </message>
    <message>
        <source>Pending at court</source>
        <translation>人民法院审查中</translation>
    </message>
    <message>
        <source>Confirmed valid</source>
        <translation>确认有效</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Investigation record</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>Mediation session record</source>
        <translation>调解记录</translation>
    </message>
</context>
<context>
    <name>MediationForms</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Enter the case number.</source>
        <translation>请输入案号。</translation>
    </message>
    <message>
        <source>There is no case numbered %1.</source>
        <translation>没有案号为 %1 的案件。</translation>
    </message>
    <message>
        <source>There is no case form named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的案件文书。</translation>
    </message>
    <message>
        <source>Session %1, %2</source>
        <translation>第%1次调解，%2</translation>
    </message>
    <message>
        <source>Investigation %1, %2</source>
        <translation>第%1次调查，%2</translation>
    </message>
    <message>
        <source>Return visit %1, %2</source>
        <translation>第%1次回访，%2</translation>
    </message>
    <message>
        <source>Copy held by party %1</source>
        <extracomment>The copy of an agreement a party keeps; %1 the party&apos;s name (当事人 张三 执)</extracomment>
        <translation>当事人 %1 执</translation>
    </message>
    <message>
        <source>Copy kept by the committee</source>
        <extracomment>The copy of an agreement kept in the committee&apos;s file (调委会留存)</extracomment>
        <translation>调委会留存</translation>
    </message>
    <message>
        <source>Choose a period whose start is not after its end.</source>
        <translation>请选择起始日期不晚于截止日期的期间。</translation>
    </message>
</context>
<context>
    <name>MediationSetup</name>
    <message>
        <source>Give the reason for removing it.</source>
        <translation>请填写删除原因。</translation>
    </message>
    <message>
        <source>reading the committees</source>
        <translation>读取人民调解委员会信息</translation>
    </message>
    <message>
        <source>Enter the committee&apos;s name.</source>
        <translation>请输入调委会名称。</translation>
    </message>
    <message>
        <source>Choose the kind of committee.</source>
        <translation>请选择调委会类型。</translation>
    </message>
    <message>
        <source>A committee of this name exists already.</source>
        <translation>已存在同名的调委会。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) name this committee; it stays so that they keep their committee.</source>
        <translation>
            <numerusform>有 %n 件案件关联此调委会，为保留这些案件的所属调委会信息，此调委会不能删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the mediators</source>
        <translation>读取调解员信息</translation>
    </message>
    <message>
        <source>Enter the mediator&apos;s name.</source>
        <translation>请输入调解员姓名。</translation>
    </message>
    <message>
        <source>The appointment date lies in the future.</source>
        <translation>聘任日期不能晚于今天。</translation>
    </message>
    <message>
        <source>There is no SifaDesk account named %1.</source>
        <translation>没有名为 %1 的司法所工作台账户。</translation>
    </message>
    <message>
        <source>The account %1 belongs to the mediator %2 already.</source>
        <translation>账户 %1 已关联调解员 %2。</translation>
    </message>
    <message>
        <source>reading the screening log</source>
        <translation>读取矛盾纠纷排查记录</translation>
    </message>
    <message>
        <source>Enter the date of the screening.</source>
        <translation>请填写排查日期。</translation>
    </message>
    <message>
        <source>The screening date lies in the future.</source>
        <translation>排查日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Describe where and among whom the screening took place.</source>
        <translation>请说明排查的地点和对象。</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <source>More disputes cannot be prevented than were found.</source>
        <translation>预防纠纷数不能超过排查发现的纠纷数。</translation>
    </message>
    <message>
        <source>A zero report finds no disputes.</source>
        <translation>零报告不能有排查发现的纠纷。</translation>
    </message>
    <message>
        <source>Name who screened.</source>
        <translation>请填写排查人。</translation>
    </message>
    <message>
        <source>A reporting month is written as yyyy-mm.</source>
        <translation>报告月份须按 yyyy-mm 格式填写。</translation>
    </message>
    <message>
        <source>Cases found by this screening are linked to it; it stays.</source>
        <translation>有案件关联此次排查，此排查记录不能删除。</translation>
    </message>
    <message>
        <source>A month that has not begun cannot be reported.</source>
        <translation>不能报送尚未开始的月份。</translation>
    </message>
    <message>
        <source>The zero report of %1 is filed already.</source>
        <translation>%1 的零报告已报送。</translation>
    </message>
    <message>
        <source>Screening in %1 found %2 dispute(s); a zero report is for a month without any.</source>
        <translation>%1 排查发现 %2 件纠纷；零报告仅适用于未发现纠纷的月份。</translation>
    </message>
    <message>
        <source>Zero report: no disputes found in %1</source>
        <translation>零报告：%1 未排查发现矛盾纠纷</translation>
    </message>
</context>
<context>
    <name>MediationStats</name>
    <message>
        <source>cases</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>纠纷来源</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>People&apos;s mediation statistics</source>
        <translation>人民调解统计</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>排查范围</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>排查方式</translation>
    </message>
    <message>
        <source>Disputes found</source>
        <translation>排查出纠纷数</translation>
    </message>
    <message>
        <source>Disputes prevented</source>
        <translation>预防纠纷数</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>By</source>
        <translation>排查人</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>达成协议日期</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>协议形式</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请司法确认日期</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Court result</source>
        <translation>司法确认结果</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>调委会</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>调委会类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Screening of disputes</source>
        <translation>矛盾纠纷排查</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>排查次数</translation>
    </message>
    <message>
        <source>Screening activities dated in the period (zero reports not included).</source>
        <translation>本期内开展的矛盾纠纷排查活动（不含零报告）。</translation>
    </message>
    <message>
        <source>Disputes found by screening</source>
        <translation>排查出纠纷数</translation>
    </message>
    <message>
        <source>Sum of the disputes found in the period&apos;s screenings.</source>
        <translation>本期各次排查所发现纠纷数之和。</translation>
    </message>
    <message>
        <source>Sum of the disputes prevented in the period&apos;s screenings.</source>
        <translation>本期各次排查所预防纠纷数之和。</translation>
    </message>
    <message>
        <source>Zero reports</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>Monthly zero reports dated in the period.</source>
        <translation>本期内的月度零报告。</translation>
    </message>
    <message>
        <source>Disputes accepted</source>
        <translation>受理纠纷</translation>
    </message>
    <message>
        <source>Disputes whose acceptance date is in the period.</source>
        <translation>受理日期在本期内的纠纷。</translation>
    </message>
    <message>
        <source>of which </source>
        <translation>其中</translation>
    </message>
    <message>
        <source>Accepted disputes by how they came to the committee.</source>
        <translation>受理纠纷按纠纷来源统计。</translation>
    </message>
    <message>
        <source>Accepted disputes by type.</source>
        <translation>受理纠纷按纠纷类型统计。</translation>
    </message>
    <message>
        <source>Accepted disputes by the kind of committee that mediates them.</source>
        <translation>受理纠纷按调解组织类型统计。</translation>
    </message>
    <message>
        <source>Accepted disputes by risk level.</source>
        <translation>受理纠纷按风险等级统计。</translation>
    </message>
    <message>
        <source>of which group disputes</source>
        <translation>其中群体性纠纷</translation>
    </message>
    <message>
        <source>Accepted disputes marked as group disputes.</source>
        <translation>标记为群体性纠纷的受理纠纷。</translation>
    </message>
    <message>
        <source>of which major or long-standing disputes</source>
        <translation>其中重大疑难或积案纠纷</translation>
    </message>
    <message>
        <source>Accepted disputes marked as major or long-standing.</source>
        <translation>标记为重大疑难或积案的受理纠纷。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Mediated successfully</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Agreements (written or oral) whose agreement date is in the period.</source>
        <translation>达成协议日期在本期内的协议（书面协议或口头协议）。</translation>
    </message>
    <message>
        <source>of which written agreements</source>
        <translation>其中书面协议</translation>
    </message>
    <message>
        <source>Successes with a written agreement.</source>
        <translation>达成书面协议的调解成功件数。</translation>
    </message>
    <message>
        <source>of which oral agreements</source>
        <translation>其中口头协议</translation>
    </message>
    <message>
        <source>Successes with an oral agreement.</source>
        <translation>达成口头协议的调解成功件数。</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <source>Successes in the period ÷ disputes accepted in the period × 100%.</source>
        <translation>本期调解成功数 ÷ 本期受理纠纷数 × 100%。</translation>
    </message>
    <message>
        <source>Amount agreed</source>
        <translation>协议金额</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Sum of the amounts of the period&apos;s agreements.</source>
        <translation>本期各协议金额之和。</translation>
    </message>
    <message>
        <source>Agreements performed</source>
        <translation>协议已履行</translation>
    </message>
    <message>
        <source>The period&apos;s agreements recorded as performed in full.</source>
        <translation>本期协议中登记为全部履行的协议。</translation>
    </message>
    <message>
        <source>Performance rate</source>
        <translation>履行率</translation>
    </message>
    <message>
        <source>Agreements of the period performed in full ÷ successes in the period × 100%.</source>
        <translation>本期已全部履行的协议数 ÷ 本期调解成功数 × 100%。</translation>
    </message>
    <message>
        <source>successes: </source>
        <translation>调解成功：</translation>
    </message>
    <message>
        <source>Successes in the period by dispute type.</source>
        <translation>本期调解成功数按纠纷类型统计。</translation>
    </message>
    <message>
        <source>Not successful or terminated</source>
        <translation>调解不成功或终止调解</translation>
    </message>
    <message>
        <source>Disputes whose mediation failed or was terminated, by the date of that result.</source>
        <translation>调解不成功或终止调解的纠纷，按该结果的日期统计。</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>预防</translation>
    </message>
    <message>
        <source>criminal cases prevented</source>
        <translation>防止民转刑案件</translation>
    </message>
    <message>
        <source>group petitions prevented</source>
        <translation>防止群体性上访</translation>
    </message>
    <message>
        <source>group fights prevented</source>
        <translation>防止群体性械斗</translation>
    </message>
    <message>
        <source>suicides prevented</source>
        <translation>防止民间纠纷引起自杀</translation>
    </message>
    <message>
        <source>Disputes: %1</source>
        <translation>件数：%1</translation>
    </message>
    <message>
        <source>Cases recorded on the disputes accepted in the period.</source>
        <translation>本期受理纠纷中登记的件数。</translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation>人数：%1</translation>
    </message>
    <message>
        <source>Persons recorded on the disputes accepted in the period.</source>
        <translation>本期受理纠纷中登记的人数。</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Applications for confirmation</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>Agreements whose application to the court is dated in the period.</source>
        <translation>申请日期在本期内的调解协议。</translation>
    </message>
    <message>
        <source>of which confirmed</source>
        <translation>其中确认有效</translation>
    </message>
    <message>
        <source>Of those applications, the ones the court confirmed.</source>
        <translation>上述申请中经人民法院确认有效的件数。</translation>
    </message>
    <message>
        <source>Committees and mediators</source>
        <translation>调委会和人民调解员</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>调委会</translation>
    </message>
    <message>
        <source>committees</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Committees on record at the end of the period.</source>
        <translation>期末在册的调委会。</translation>
    </message>
    <message>
        <source>Committees by kind.</source>
        <translation>按类型统计的调委会。</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>Active mediators on record at the end of the period.</source>
        <translation>期末在册的在职人民调解员。</translation>
    </message>
    <message>
        <source>of which full-time</source>
        <translation>其中专职</translation>
    </message>
    <message>
        <source>Active mediators recorded as full-time.</source>
        <translation>登记为专职的在职人民调解员。</translation>
    </message>
    <message>
        <source>Agreements dated before the acceptance</source>
        <translation>协议日期早于受理日期</translation>
    </message>
    <message>
        <source>Accepted disputes without a committee</source>
        <translation>受理的纠纷未指定调委会</translation>
    </message>
    <message>
        <source>A dispute counts in the period of its acceptance date; its source, type, committee, risk and the prevention figures recorded on it count with it.</source>
        <translation>纠纷按受理日期计入所属统计期；其来源、类型、调委会、风险等级及所登记的防止激化情况随之一并统计。</translation>
    </message>
    <message>
        <source>A success counts in the period of its agreement date, whenever the dispute was accepted; its amount and performance count with it (performance as recorded when the report is made).</source>
        <translation>调解成功按协议日期计入所属统计期，不论纠纷何时受理；协议金额和履行情况随之一并统计（履行情况以制表时的登记为准）。</translation>
    </message>
    <message>
        <source>A failed or terminated mediation counts in the period of that result.</source>
        <translation>调解不成功或终止调解的，按该结果日期计入所属统计期。</translation>
    </message>
    <message>
        <source>Screenings count by their date; zero reports are counted apart and not as screenings.</source>
        <translation>排查按排查日期统计；零报告单独统计，不计入排查次数。</translation>
    </message>
    <message>
        <source>Judicial confirmations count by the date of the application; &quot;confirmed&quot; is the court&apos;s result as recorded when the report is made.</source>
        <translation>司法确认按申请日期统计；“确认有效”以制表时登记的人民法院确认结果为准。</translation>
    </message>
    <message>
        <source>Committees and mediators are those on record (and active) at the end of the period.</source>
        <translation>调委会和人民调解员为期末在册（且在职）的数量。</translation>
    </message>
    <message>
        <source>Rates are percentages rounded to one decimal place; a rate with nothing to divide by is shown as 0.</source>
        <translation>比率为百分比，保留一位小数；分母为零的比率显示为0。</translation>
    </message>
    <message>
        <source>%1 exceeds %2. This happens when disputes accepted in an earlier period reached agreement in this one; check that no acceptance date is missing or wrong.</source>
        <translation>%1大于%2。以前统计期受理的纠纷在本期达成协议时会出现这种情况；请检查是否有受理日期缺失或错误。</translation>
    </message>
    <message>
        <source>%1 exceeds %2.</source>
        <translation>%1大于%2。</translation>
    </message>
    <message>
        <source>Written (%1) and oral (%2) agreements do not add up to the successes (%3): an agreement has no form recorded.</source>
        <translation>书面协议（%1）与口头协议（%2）之和不等于调解成功件数（%3）：有协议未登记协议形式。</translation>
    </message>
    <message>
        <source>%1: %2 cases but only %3 persons; every prevented case involves at least one person.</source>
        <translation>%1：%2件，但仅%3人；每件防止激化案件至少涉及一人。</translation>
    </message>
    <message>
        <source>%1 disputes were accepted from screening but the period&apos;s screenings record only %2 found.</source>
        <translation>经排查受理的纠纷有%1件，但本期排查记录中仅排查出%2件。</translation>
    </message>
    <message>
        <source>%1 agreements of the period are dated before their dispute&apos;s acceptance, or their dispute has no acceptance date.</source>
        <translation>本期有%1份协议的日期早于其纠纷的受理日期，或其纠纷无受理日期。</translation>
    </message>
    <message>
        <source>%1 disputes accepted in the period have no committee; they are missing from the figures by committee.</source>
        <translation>本期受理的纠纷中有%1件未指定调委会，未计入按调委会统计的数据。</translation>
    </message>
    <message>
        <source>Disputes accepted (cases)</source>
        <translation>受理纠纷</translation>
    </message>
</context>
<context>
    <name>MediationTodo</name>
    <message>
        <source>reading the to-do list</source>
        <translation>读取待办事项</translation>
    </message>
    <message>
        <source>Decide whether to accept the case</source>
        <translation>决定是否受理案件</translation>
    </message>
    <message>
        <source>Extended time limit for mediation ends</source>
        <translation>延长后的调解期限届满</translation>
    </message>
    <message>
        <source>One-month time limit for mediation ends</source>
        <translation>一个月调解期限届满</translation>
    </message>
    <message>
        <source>Agreement to be performed; check and urge performance</source>
        <translation>调解协议待履行，请核查并督促履行</translation>
    </message>
    <message>
        <source>First return visit due</source>
        <translation>首次回访到期</translation>
    </message>
    <message>
        <source>Last day the parties may apply for judicial confirmation</source>
        <translation>当事人申请司法确认的期限届满</translation>
    </message>
    <message>
        <source>Responsibility assignment (包案) due</source>
        <translation>包案化解期限到期</translation>
    </message>
    <message>
        <source>reading the screening log</source>
        <translation>读取矛盾纠纷排查记录</translation>
    </message>
    <message>
        <source>Screening report for %1</source>
        <translation>%1 矛盾纠纷排查报告</translation>
    </message>
    <message>
        <source>File the month&apos;s screening, or its zero report</source>
        <translation>报送本月矛盾纠纷排查情况或零报告</translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <source>reading document numbers</source>
        <translation>读取文书编号</translation>
    </message>
    <message>
        <source>Mediation case number (卷宗号)</source>
        <translation>调解案件卷宗号</translation>
    </message>
    <message>
        <source>A numbering pattern must contain {n} (the running number), e.g. （{year}）{abbr}人调字第{n}号.</source>
        <translation>编号格式必须包含 {n}（流水号），例如：（{year}）{abbr}人调字第{n}号。</translation>
    </message>
    <message>
        <source>A numbering pattern may use only {year}, {abbr}, {n} and {n:4}.</source>
        <translation>编号格式只能使用 {year}、{abbr}、{n} 和 {n:4}。</translation>
    </message>
    <message>
        <source>A numbering pattern has at most 100 characters.</source>
        <translation>编号格式最多100个字符。</translation>
    </message>
    <message>
        <source>Unknown document type %1.</source>
        <translation>未知的文书类型 %1。</translation>
    </message>
    <message>
        <source>allocating a document number</source>
        <translation>分配文书编号</translation>
    </message>
    <message>
        <source>Mediation agreement number (协议书编号)</source>
        <translation>调解协议书编号</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>A county bureau&apos;s code has 6 digits (GB/T 2260), e.g. 330225.</source>
        <translation>县司法局的代码为6位（GB/T 2260），例如 330225。</translation>
    </message>
    <message>
        <source>%1 is not a county code in the division table.</source>
        <translation>%1 不是行政区划表中的县级代码。</translation>
    </message>
    <message>
        <source>A township office&apos;s code has 9 digits: the 6-digit county code (GB/T 2260) followed by the 3-digit township code (GB/T 10114), e.g. 330225101.</source>
        <translation>司法所的代码为9位：6位县级代码（GB/T 2260）加3位乡镇代码（GB/T 10114），例如 330225101。</translation>
    </message>
    <message>
        <source>The first six digits, %1, are not a county code in the division table.</source>
        <translation>前6位 %1 不是行政区划表中的县级代码。</translation>
    </message>
    <message>
        <source>The township code %1 is not in the division table shipped with this version; check it before going on.</source>
        <translation>乡镇代码 %1 不在本版本自带的行政区划表中，请核实后再继续。</translation>
    </message>
    <message>
        <source>Enter the office&apos;s name (2 to 50 characters).</source>
        <translation>请输入机构名称（2至50个字符）。</translation>
    </message>
    <message>
        <source>%1 Community Correction Bureau</source>
        <extracomment>The county agency named on the correction forms; %1 the county (象山县): 象山县社区矫正管理局</extracomment>
        <translation>%1社区矫正管理局</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>read the people index</source>
        <translation>查阅人员库</translation>
    </message>
    <message>
        <source>change the people index</source>
        <translation>修改人员库</translation>
    </message>
    <message>
        <source>read mediation cases</source>
        <translation>查阅调解案件</translation>
    </message>
    <message>
        <source>change mediation cases</source>
        <translation>修改调解案件</translation>
    </message>
    <message>
        <source>read community correction files</source>
        <translation>查阅社区矫正档案</translation>
    </message>
    <message>
        <source>change community correction files</source>
        <translation>修改社区矫正档案</translation>
    </message>
    <message>
        <source>read resettlement files</source>
        <translation>查阅安置帮教档案</translation>
    </message>
    <message>
        <source>change resettlement files</source>
        <translation>修改安置帮教档案</translation>
    </message>
    <message>
        <source>run mediation statistics</source>
        <translation>生成人民调解统计报表</translation>
    </message>
    <message>
        <source>run community correction statistics</source>
        <translation>生成社区矫正统计报表</translation>
    </message>
    <message>
        <source>run resettlement statistics</source>
        <translation>生成安置帮教统计报表</translation>
    </message>
    <message>
        <source>exchange data with the county bureau</source>
        <translation>与县司法局交换数据</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <source>change office settings</source>
        <translation>修改机构设置</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>run database checks</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>read the correction files of minors</source>
        <translation>查阅未成年人的社区矫正档案</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>reading a person</source>
        <translation>读取人员信息</translation>
    </message>
    <message>
        <source>This person is not in the people index.</source>
        <translation>人员库中没有此人员。</translation>
    </message>
    <message>
        <source>looking up an ID number</source>
        <translation>查询身份证号码</translation>
    </message>
    <message>
        <source>looking for possible duplicates</source>
        <translation>查找可能重复的人员</translation>
    </message>
    <message>
        <source>searching the people index</source>
        <translation>检索人员库</translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <source>%1 code %2 is not in the code table.</source>
        <translation>%1代码 %2 不在代码表中。</translation>
    </message>
    <message>
        <source>The %1 division code must have 6, 9 or 12 digits.</source>
        <translation>%1行政区划代码须为6位、9位或12位。</translation>
    </message>
    <message>
        <source>The %1 division code %2 is not in the division table.</source>
        <translation>%1行政区划代码 %2 不在行政区划表中。</translation>
    </message>
    <message>
        <source>This person was removed from the index; restore the record before changing it.</source>
        <translation>此人员已从人员库中删除，请先恢复记录再修改。</translation>
    </message>
    <message>
        <source>%1 (born %2) is already in the people index with this ID number. Open that record instead of entering the person twice.</source>
        <translation>人员库中已有此身份证号码的人员：%1（%2出生）。请打开该记录，不要重复录入。</translation>
    </message>
    <message>
        <source>The 15-digit ID number was converted to 18 digits: %1.</source>
        <translation>15位身份证号码已转换为18位：%1。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>A name has at most 50 characters.</source>
        <translation>姓名最多50个字符。</translation>
    </message>
    <message>
        <source>A name may contain letters, Chinese characters, spaces and the middle dot &quot;·&quot; only; &quot;%1&quot; is not allowed.</source>
        <translation>姓名只能包含汉字、字母、空格和间隔号“·”，不能使用“%1”。</translation>
    </message>
    <message>
        <source>A former name has at most 50 characters.</source>
        <translation>曾用名最多50个字符。</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number, which gives %2.</source>
        <translation>出生日期 %1 与身份证号码不符（号码中为 %2）。</translation>
    </message>
    <message>
        <source>The ID number belongs to a person of sex &quot;%1&quot;, but &quot;%2&quot; was chosen.</source>
        <translation>身份证号码对应的性别为“%1”，但选择的是“%2”。</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>出生日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The birth date is before 1900.</source>
        <translation>出生日期不能早于1900年。</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>The phone number should be an 11-digit mobile number starting with 1, or a landline such as 0574-65981234.</source>
        <translation>联系电话应为以1开头的11位手机号码，或 0574-65981234 这样的固定电话号码。</translation>
    </message>
    <message>
        <source>household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>This text is too long (at most 200 characters).</source>
        <translation>内容过长（最多200个字符）。</translation>
    </message>
    <message>
        <source>The note is too long (at most 2000 characters).</source>
        <translation>备注过长（最多2000个字符）。</translation>
    </message>
    <message>
        <source>Give a reason for removing this person.</source>
        <translation>请填写删除此人员的原因。</translation>
    </message>
    <message>
        <source>%1 is in the people index again with the same ID number; the removed record cannot come back beside it.</source>
        <translation>人员库中已有同一身份证号码的 %1，因此无法恢复这条已删除的记录。</translation>
    </message>
</context>
<context>
    <name>PlacementActions</name>
    <message>
        <source>End the assistance</source>
        <translation>解除帮教</translation>
    </message>
    <message>
        <source>Why *:</source>
        <translation>解除原因 *：</translation>
    </message>
    <message>
        <source>On *:</source>
        <translation>日期 *：</translation>
    </message>
    <message>
        <source>New offence *:</source>
        <translation>新犯罪名 *：</translation>
    </message>
    <message>
        <source>New sentence:</source>
        <translation>新判刑罚：</translation>
    </message>
    <message>
        <source>Moved to *:</source>
        <translation>迁往地 *：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>具体情况：</translation>
    </message>
    <message>
        <source>The office&apos;s opinion:</source>
        <translation>司法所意见：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>审批人：</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>审批日期：</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>衔接</translation>
    </message>
    <message>
        <source>%1, released on %2 by %3. A key person is escorted from the prison gate (必接必送).</source>
        <translation>%1，%2 由%3释放。重点帮教对象应必接必送。</translation>
    </message>
    <message>
        <source>How *:</source>
        <translation>衔接方式 *：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>衔接地点：</translation>
    </message>
    <message>
        <source>Who went (for an escort):</source>
        <translation>接送人员（必接必送时填写）：</translation>
    </message>
    <message>
        <source>Reported to the office on:</source>
        <translation>到司法所报到日期：</translation>
    </message>
    <message>
        <source>Registered with the police on:</source>
        <translation>到公安机关落户登记日期：</translation>
    </message>
    <message>
        <source>Hand-over…</source>
        <translation>登记衔接…</translation>
    </message>
    <message>
        <source>Whereabouts unknown…</source>
        <translation>登记下落不明…</translation>
    </message>
    <message>
        <source>Police registration…</source>
        <translation>落户登记…</translation>
    </message>
    <message>
        <source>Risk assessment…</source>
        <translation>危险性评估…</translation>
    </message>
    <message>
        <source>End the assistance…</source>
        <translation>解除帮教…</translation>
    </message>
    <message>
        <source>Reopen the file…</source>
        <translation>重新开启档案…</translation>
    </message>
    <message>
        <source>Correct the file&apos;s data…</source>
        <translation>更正档案信息…</translation>
    </message>
    <message>
        <source>Correct the person&apos;s data…</source>
        <translation>更正人员信息…</translation>
    </message>
    <message>
        <source>Your role may not change resettlement files.</source>
        <translation>您的角色无权修改安置帮教档案。</translation>
    </message>
    <message>
        <source>The file has ended (%1).</source>
        <translation>该档案已解除（%1）。</translation>
    </message>
    <message>
        <source>The person was handed over.</source>
        <translation>该对象已衔接。</translation>
    </message>
    <message>
        <source>The whereabouts are unknown already.</source>
        <translation>已登记为下落不明。</translation>
    </message>
    <message>
        <source>Registered with the police on %1.</source>
        <translation>已于 %1 到公安机关落户登记。</translation>
    </message>
    <message>
        <source>The file is open.</source>
        <translation>该档案正在帮教中。</translation>
    </message>
    <message>
        <source>Your role may not change the people index.</source>
        <translation>您的角色无权修改人员库。</translation>
    </message>
    <message>
        <source>Whereabouts unknown</source>
        <translation>下落不明</translation>
    </message>
    <message>
        <source>What was done to find the person *:</source>
        <translation>查找经过 *：</translation>
    </message>
    <message>
        <source>the family, the village committee and the police station asked, on which days</source>
        <translation>已向家属、村（居）委会和派出所了解情况及日期</translation>
    </message>
    <message>
        <source>Police registration</source>
        <translation>到公安机关落户登记</translation>
    </message>
    <message>
        <source>Household registered with the police on *:</source>
        <translation>落户登记日期 *：</translation>
    </message>
    <message>
        <source>Reopen the file</source>
        <translation>重新开启档案</translation>
    </message>
    <message>
        <source>Why (a mistaken end) *:</source>
        <translation>原因（解除有误） *：</translation>
    </message>
</context>
<context>
    <name>PlacementColumns</name>
    <message>
        <source>The columns &quot;%1&quot; (%2) and &quot;%3&quot; (%4) both hold %5; remove or rename one of them.</source>
        <translation>“%1”列（%2）和“%3”列（%4）都对应%5，请删除或重新命名其中一列。</translation>
    </message>
    <message>
        <source>The ledger has no column for %1 (header found on line %2). Name the columns as an exported ledger does, e.g. %3.</source>
        <translation>台账中没有对应%1的列（表头位于第 %2 行）。请按导出的台账命名各列，例如：%3。</translation>
    </message>
    <message>
        <source>No header row was found in the first %1 lines: a ledger needs a row naming its columns, such as 姓名, 身份证号, 人员来源 and 释放日期.</source>
        <translation>前 %1 行中未找到表头行：台账须有一行列名，如姓名、身份证号、人员来源、释放日期等。</translation>
    </message>
</context>
<context>
    <name>PlacementExport</name>
    <message>
        <source>Resettlement ledger</source>
        <translation>安置帮教人员台账</translation>
    </message>
</context>
<context>
    <name>PlacementForms</name>
    <message>
        <source>Signed on %1</source>
        <extracomment>A copy of the assistance agreement: %1 the date it was signed</extracomment>
        <translation>%1 签订</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A copy of the visit record: %1 what (走访, 个别谈话), %2 the date</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Assessed on %1: %2</source>
        <extracomment>A copy of the risk assessment: %1 the date, %2 the category it came to (重点帮教对象)</extracomment>
        <translation>%1 评估：%2</translation>
    </message>
    <message>
        <source>There is no resettlement form named &quot;%1&quot;.</source>
        <extracomment>%1 the form&apos;s name</extracomment>
        <translation>没有名为“%1”的安置帮教文书。</translation>
    </message>
    <message>
        <source>The form %1 is not filled for one agreement, visit or assessment.</source>
        <extracomment>%1 the form&apos;s name</extracomment>
        <translation>《%1》不针对单份帮教协议、走访记录或危险性评估填写。</translation>
    </message>
    <message>
        <source>Name the resettlement file (its uuid).</source>
        <translation>请指定安置帮教档案（档案的 uuid）。</translation>
    </message>
    <message>
        <source>This file has no agreement %1.</source>
        <translation>此档案中没有帮教协议 %1。</translation>
    </message>
    <message>
        <source>This file has no visit record %1.</source>
        <translation>此档案中没有走访记录 %1。</translation>
    </message>
    <message>
        <source>This file has no risk assessment %1.</source>
        <translation>此档案中没有危险性评估 %1。</translation>
    </message>
    <message>
        <source>There is no resettlement form called &quot;%1&quot;. The resettlement forms are: %2.</source>
        <extracomment>%1 the name given, %2 the resettlement forms there are</extracomment>
        <translation>没有名为“%1”的安置帮教文书。现有安置帮教文书：%2。</translation>
    </message>
    <message>
        <source>The file has nothing for the form %1 yet; print it blank to fill in by hand.</source>
        <extracomment>%1 the form&apos;s title</extracomment>
        <translation>档案中尚无可填入《%1》的内容；请打印空白表手工填写。</translation>
    </message>
</context>
<context>
    <name>PlacementImport</name>
    <message>
        <source>reading what the database holds</source>
        <translation>读取数据库现有数据</translation>
    </message>
    <message>
        <source>The ID number %1 is given to %2 in row %3; one number belongs to one person.</source>
        <translation>身份证号码 %1 在第 %3 行对应的是 %2；一个号码只能属于一人。</translation>
    </message>
    <message>
        <source>%1 has an open file in row %2 already; a person has one open resettlement file at a time.</source>
        <translation>%1 在第 %2 行已有一份正在帮教的档案；同一人同一时间只能有一份正在帮教的安置帮教档案。</translation>
    </message>
    <message>
        <source>This file appears twice (first in row %1).</source>
        <translation>此档案重复出现（首次出现在第 %1 行）。</translation>
    </message>
    <message>
        <source>The ID number %1 belongs to %2 in the people index, not to %3; correct the name or the number.</source>
        <translation>身份证号码 %1 在人员库中属于 %2，而不是 %3；请更正姓名或号码。</translation>
    </message>
    <message>
        <source>The file of %1 (released on %2) is already in the database; a ledger is imported only once.</source>
        <translation>%1 的档案（%2 释放）已在数据库中；同一台账只能导入一次。</translation>
    </message>
    <message>
        <source>%1 already has an open resettlement file in the database.</source>
        <translation>%1 在数据库中已有一份正在帮教的安置帮教档案。</translation>
    </message>
    <message>
        <source>%1 was removed from the people index; restore the person there before importing this file.</source>
        <translation>%1 已从人员库中删除；请先在人员库中恢复此人员，再导入此档案。</translation>
    </message>
    <message>
        <source>The %1 (%2) lies in the future.</source>
        <translation>%1（%2）晚于今天。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>“%1”无效，应为以下之一：%2。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>The ID number %1 is stored as a number, so Excel has already replaced its last digits with zeros. Format the column as text in Excel, type the numbers again and import the file again.</source>
        <translation>身份证号码 %1 以数字形式保存，Excel 已将其末几位替换为 0。请在 Excel 中将该列设置为文本格式，重新输入号码后再次导入文件。</translation>
    </message>
    <message>
        <source>The ID number is empty; a resettlement file belongs to an identified person.</source>
        <translation>身份证号码为空；安置帮教档案须对应身份明确的人员。</translation>
    </message>
    <message>
        <source>The ID number reads &quot;%1&quot;: Excel turned it into a number and destroyed its last digits. Format the column as text in Excel, type the numbers again and import the file again.</source>
        <translation>身份证号码为“%1”：Excel 已将其转换为数字，末几位已被破坏。请在 Excel 中将该列设置为文本格式，重新输入号码后再次导入文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex: write 男 or 女.</source>
        <translation>“%1”不是有效的性别，请填写“男”或“女”。</translation>
    </message>
    <message>
        <source>Where the person comes from is empty: write 刑满释放 or 解除社区矫正.</source>
        <translation>人员来源为空，请填写刑满释放或解除社区矫正。</translation>
    </message>
    <message>
        <source>The release date (%1) is empty; the assistance period runs from it.</source>
        <translation>释放日期（“%1”列）为空；帮教期自释放之日起计算。</translation>
    </message>
    <message>
        <source>The assistance period ends (%1) before the release (%2).</source>
        <translation>帮教期满日期（%1）早于释放日期（%2）。</translation>
    </message>
    <message>
        <source>The hand-over (%1) is dated before the release (%2).</source>
        <translation>衔接日期（%1）早于释放日期（%2）。</translation>
    </message>
    <message>
        <source>A person handed over (已衔接) needs the date of the hand-over (衔接日期).</source>
        <translation>衔接状态为已衔接的，须填写衔接日期。</translation>
    </message>
    <message>
        <source>%1 says %2, but a hand-over is recorded (衔接方式 or 衔接日期): write 已衔接, or leave the hand-over empty.</source>
        <translation>%1为“%2”，但已登记衔接信息（衔接方式或衔接日期）：请填写已衔接，或将衔接信息留空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither 是 nor 否.</source>
        <translation>“%1”无效，请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>A placement (安置方式) needs its date (安置日期).</source>
        <translation>填写了安置方式的，须填写安置日期。</translation>
    </message>
    <message>
        <source>安置日期 is filled in but 安置方式 is empty: write how the person was placed (%1).</source>
        <translation>已填写安置日期，但安置方式为空：请填写安置方式（%1）。</translation>
    </message>
    <message>
        <source>The placement (%1) is dated before the release (%2).</source>
        <translation>安置日期（%1）早于释放日期（%2）。</translation>
    </message>
    <message>
        <source>A file that has ended needs the date it ended (解除日期).</source>
        <translation>已解除的档案须填写解除日期。</translation>
    </message>
    <message>
        <source>解除日期 is filled in but 解除原因 is empty: write 期满解除, 重新犯罪, 死亡 or 迁出.</source>
        <translation>已填写解除日期，但解除原因为空：请填写期满解除、重新犯罪、死亡或迁出。</translation>
    </message>
    <message>
        <source>The assistance ends (%1) before the release (%2).</source>
        <translation>解除日期（%1）早于释放日期（%2）。</translation>
    </message>
    <message>
        <source>The file ends as completed (期满解除) on %1, before its period ends (%2).</source>
        <translation>档案于 %1 以期满解除，但帮教期至 %2 才届满。</translation>
    </message>
    <message>
        <source>The placement (%1) is dated after the file ended (%2).</source>
        <translation>安置日期（%1）晚于档案解除日期（%2）。</translation>
    </message>
    <message>
        <source>Ledger import</source>
        <extracomment>The reason of a risk assessment recorded from an imported ledger (台账导入).</extracomment>
        <translation>台账导入</translation>
    </message>
</context>
<context>
    <name>PlacementService</name>
    <message numerus="yes">
        <source>Not handed over %n day(s) after release: report to the county bureau and ask the police to help find the person.</source>
        <translation>
            <numerusform>释放已 %n 日仍未衔接：报告县司法局并请公安机关协助查找。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-over after release</source>
        <translation>释放后衔接</translation>
    </message>
    <message>
        <source>Whereabouts unknown: keep searching with the family, the village and the police; the person is on the monthly list of people not handed over.</source>
        <translation>下落不明：继续会同家属、村（居）和公安机关查找；此人列入每月未衔接人员名单。</translation>
    </message>
    <message>
        <source>Registration of the household with the police</source>
        <translation>到公安机关办理户口登记</translation>
    </message>
    <message>
        <source>Visit and talk (last on %1)</source>
        <translation>走访谈话（上次 %1）</translation>
    </message>
    <message>
        <source>First visit after return; open the file and sign the assistance agreement</source>
        <translation>回归后首次走访；建立档案并签订帮教协议</translation>
    </message>
    <message>
        <source>Risk assessment and category (key or general)</source>
        <translation>危险性评估并确定帮教类别（重点或一般）</translation>
    </message>
    <message>
        <source>Six-monthly risk re-assessment</source>
        <translation>每半年危险性复评</translation>
    </message>
    <message>
        <source>The assistance agreement is not signed yet.</source>
        <translation>尚未签订帮教协议。</translation>
    </message>
    <message>
        <source>The assistance group has no members yet.</source>
        <translation>帮教小组尚无成员。</translation>
    </message>
    <message>
        <source>No home, no job, no family (三无) and no social assistance recorded.</source>
        <translation>属三无人员，但尚无社会救助记录。</translation>
    </message>
    <message>
        <source>A key person is escorted from the prison (必接必送); this hand-over was not.</source>
        <translation>重点帮教对象应必接必送，本次衔接不是接送方式。</translation>
    </message>
    <message>
        <source>The assistance period ended on %1: end the assistance.</source>
        <translation>帮教期已于 %1 届满：请办理解除帮教。</translation>
    </message>
    <message>
        <source>The assistance period ends on %1: prepare the approval to end it.</source>
        <translation>帮教期将于 %1 届满：请准备解除帮教审批。</translation>
    </message>
    <message>
        <source>Choose how the person was placed.</source>
        <translation>请选择安置方式。</translation>
    </message>
    <message>
        <source>date of the placement</source>
        <translation>安置日期</translation>
    </message>
    <message>
        <source>date of the assessment</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>The assessment is dated long before the release.</source>
        <translation>评估日期远早于释放日期。</translation>
    </message>
    <message>
        <source>Choose the category the assessment comes to (key or general).</source>
        <translation>请选择评估结论（重点或一般帮教对象）。</translation>
    </message>
    <message>
        <source>A key person needs the factors ticked or the reason written.</source>
        <translation>列为重点帮教对象须勾选认定因素或写明理由。</translation>
    </message>
    <message>
        <source>“%1” changes through its step, not by editing.</source>
        <translation>“%1”须通过相应的工作步骤变更，不能直接修改。</translation>
    </message>
    <message>
        <source>Enter the name on the notice.</source>
        <translation>请填写通知书上的姓名。</translation>
    </message>
    <message>
        <source>Enter the expected release date.</source>
        <translation>请填写预定释放日期。</translation>
    </message>
    <message>
        <source>Enter the date the notice arrived.</source>
        <translation>请填写收到通知书的日期。</translation>
    </message>
    <message>
        <source>The check finds the person, does not find them, or finds they live elsewhere.</source>
        <translation>核查结果只能是：已核实、未找到或不属本辖区。</translation>
    </message>
    <message>
        <source>date of the check</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Write down what was done to find the person (who was asked, where).</source>
        <translation>请写明查找经过（询问了谁、在何处查找）。</translation>
    </message>
    <message>
        <source>A file was opened from this notice already.</source>
        <translation>已根据此通知书建立档案。</translation>
    </message>
    <message>
        <source>date the family was told</source>
        <translation>通知家属日期</translation>
    </message>
    <message>
        <source>The family cannot be told before the notice arrived.</source>
        <translation>通知家属的日期不能早于收到通知书的日期。</translation>
    </message>
    <message>
        <source>The date lies in the future.</source>
        <translation>日期晚于今天。</translation>
    </message>
    <message>
        <source>The date lies before the release.</source>
        <translation>日期早于释放日期。</translation>
    </message>
    <message>
        <source>The placement ends before it began.</source>
        <translation>安置结束日期早于安置日期。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Records of this kind are kept by their own step.</source>
        <translation>此类记录须通过相应的工作步骤登记。</translation>
    </message>
    <message>
        <source>This file has ended; reopen it to add records.</source>
        <translation>此档案已解除；如需添加记录，请先重新开启。</translation>
    </message>
    <message>
        <source>A required field is empty.</source>
        <translation>有必填项未填写。</translation>
    </message>
    <message>
        <source>Give the reason for removing the record.</source>
        <translation>请填写删除此记录的原因。</translation>
    </message>
    <message>
        <source>Choose where the person comes from (prison or community correction).</source>
        <translation>请选择人员来源（刑满释放或解除社区矫正）。</translation>
    </message>
    <message>
        <source>release date</source>
        <translation>释放日期</translation>
    </message>
    <message>
        <source>The assistance period ends before the release.</source>
        <translation>帮教期满日期早于释放日期。</translation>
    </message>
    <message>
        <source>The hand-over is dated before the release.</source>
        <translation>衔接日期早于释放日期。</translation>
    </message>
    <message>
        <source>A file that has ended needs the date it ended.</source>
        <translation>已解除的档案须填写解除日期。</translation>
    </message>
    <message>
        <source>This person already has an open resettlement file.</source>
        <translation>此人已有正在帮教的档案。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a person released from community correction at the end of the period is taken into resettlement from the correction file.</source>
        <translation>只有期满解除社区矫正的人员才能从矫正档案转入安置帮教。</translation>
    </message>
    <message>
        <source>That correction file is sealed.</source>
        <translation>该矫正档案已封存。</translation>
    </message>
    <message>
        <source>A resettlement file was opened from this correction file already.</source>
        <translation>已根据此矫正档案建立安置帮教档案。</translation>
    </message>
    <message>
        <source>This file has ended (%1); reopen it first.</source>
        <translation>此档案已解除（%1）；请先重新开启。</translation>
    </message>
    <message>
        <source>“%1” is not part of the hand-over.</source>
        <translation>“%1”不属于衔接信息。</translation>
    </message>
    <message>
        <source>Choose how the person came back (escorted, collected by family, alone).</source>
        <translation>请选择衔接方式（必接必送、家属接回、自行返回）。</translation>
    </message>
    <message>
        <source>hand-over date</source>
        <translation>衔接日期</translation>
    </message>
    <message>
        <source>An escort from the prison names who went.</source>
        <translation>必接必送须写明接送人员。</translation>
    </message>
    <message>
        <source>A date of the hand-over lies in the future.</source>
        <translation>衔接信息中的日期晚于今天。</translation>
    </message>
    <message>
        <source>Write down what was done to find the person (family, village, police).</source>
        <translation>请写明查找经过（家属、村居、公安）。</translation>
    </message>
    <message>
        <source>The person was handed over already.</source>
        <translation>此人已衔接。</translation>
    </message>
    <message>
        <source>date of registration with the police</source>
        <translation>到公安机关登记日期</translation>
    </message>
    <message>
        <source>The registration is dated before the release.</source>
        <translation>登记日期早于释放日期。</translation>
    </message>
    <message>
        <source>Name who made the assessment.</source>
        <translation>请填写评估人。</translation>
    </message>
    <message>
        <source>“%1” is not part of ending the file.</source>
        <translation>“%1”不属于解除帮教信息。</translation>
    </message>
    <message>
        <source>Choose why the assistance ends.</source>
        <translation>请选择解除原因。</translation>
    </message>
    <message>
        <source>date the assistance ends</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>Enter the new offence.</source>
        <translation>请填写新犯罪名。</translation>
    </message>
    <message>
        <source>Enter where the person moved to.</source>
        <translation>请填写迁往何处。</translation>
    </message>
    <message>
        <source>The assistance cannot end before the release.</source>
        <translation>解除日期不能早于释放日期。</translation>
    </message>
    <message>
        <source>The assistance period runs until %1; it cannot end as completed before that.</source>
        <translation>帮教期至 %1 届满，届满前不能以期满解除。</translation>
    </message>
    <message>
        <source>Give the reason for reopening the file.</source>
        <translation>请填写重新开启档案的原因。</translation>
    </message>
    <message>
        <source>This file is open.</source>
        <translation>此档案正在帮教中。</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>The %1 (%2) lies in the future.</source>
        <translation>%1（%2）晚于今天。</translation>
    </message>
    <message>
        <source>The resettlement officer has already worked on the file this release opened; ask them to end it before the correction file is reopened.</source>
        <translation>安置帮教专干已在此次解矫转入的档案中登记了工作记录；请先由其解除该档案，再重新开启矫正档案。</translation>
    </message>
</context>
<context>
    <name>PlacementStats</name>
    <message>
        <source>Resettlement and assistance statistics</source>
        <translation>安置帮教统计</translation>
    </message>
    <message>
        <source>Placement at the period&apos;s end</source>
        <translation>期末安置情况</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>救助日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Persons in register</source>
        <translation>在册人员</translation>
    </message>
    <message>
        <source>In register at the start</source>
        <translation>期初在册</translation>
    </message>
    <message>
        <source>Files released before the period&apos;s first day and not ended before that day.</source>
        <translation>释放日期在本期首日之前、且在该日之前未解除的档案。</translation>
    </message>
    <message>
        <source>In register at the end</source>
        <translation>期末在册</translation>
    </message>
    <message>
        <source>Files released by the period&apos;s last day and not ended by that day (a file ending on the last day is no longer counted), whatever their hand-over.</source>
        <translation>释放日期不晚于本期末日、且至该日未解除的档案（在末日当天解除的不再计入），不论是否已衔接。</translation>
    </message>
    <message>
        <source>of which </source>
        <translation>其中</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period by where they come from.</source>
        <translation>按人员来源统计的期末在册人员。</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period by category, as the latest risk assessment on or before the period&apos;s last day decided.</source>
        <translation>按类别统计的期末在册人员，以本期末日或之前最近一次风险评估确定的类别为准。</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period by their hand-over on its last day (a hand-over recorded later counts as not handed over).</source>
        <translation>按本期末日衔接情况统计的期末在册人员（此后登记的衔接视为未衔接）。</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>重点帮教对象</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period who were key persons (重点帮教对象) on its last day.</source>
        <translation>本期末日为重点帮教对象的期末在册人员。</translation>
    </message>
    <message>
        <source>of which with no home, job or family (三无)</source>
        <translation>其中“三无”人员</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period recorded with no home, no job and no family to rely on.</source>
        <translation>登记为无家可归、无业可就、无亲可投的期末在册人员。</translation>
    </message>
    <message>
        <source>of which listed in two places (双列管)</source>
        <translation>其中双列管人员</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period whose household and residence lie in different townships; the other township lists them too.</source>
        <translation>户籍地与居住地不在同一乡镇（街道）、另一乡镇（街道）同时列管的期末在册人员。</translation>
    </message>
    <message>
        <source>In register during the period</source>
        <translation>本期在册</translation>
    </message>
    <message>
        <source>Files in register on at least one day of the period.</source>
        <translation>本期内至少有一天在册的档案。</translation>
    </message>
    <message>
        <source>Releases and hand-over</source>
        <translation>释放与衔接</translation>
    </message>
    <message>
        <source>Newly released</source>
        <translation>新释放</translation>
    </message>
    <message>
        <source>Files whose release (from prison or from community correction) is dated in the period.</source>
        <translation>释放（刑满释放或解除矫正）日期在本期内的档案。</translation>
    </message>
    <message>
        <source>of which key persons</source>
        <translation>其中重点帮教对象</translation>
    </message>
    <message>
        <source>Persons released in the period who were key persons on the period&apos;s last day.</source>
        <translation>本期释放、且在本期末日为重点帮教对象的人员。</translation>
    </message>
    <message>
        <source>of which key persons released from prison</source>
        <translation>其中刑满释放的重点帮教对象</translation>
    </message>
    <message>
        <source>Key persons released from prison in the period: the persons to be escorted (必接必送).</source>
        <translation>本期刑满释放的重点帮教对象，即应必接必送的人员。</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已衔接</translation>
    </message>
    <message>
        <source>Persons released in the period whose hand-over (衔接) is recorded as done by the period&apos;s last day.</source>
        <translation>本期释放、且至本期末日已登记衔接完成的人员。</translation>
    </message>
    <message>
        <source>Key persons released in the period and handed over by its last day.</source>
        <translation>本期释放、且至本期末日已衔接的重点帮教对象。</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>未衔接</translation>
    </message>
    <message>
        <source>Persons released in the period not handed over by its last day (未衔接, including those whose whereabouts are unknown).</source>
        <translation>本期释放、且至本期末日未衔接的人员（含下落不明人员）。</translation>
    </message>
    <message>
        <source>of which whereabouts unknown</source>
        <translation>其中下落不明</translation>
    </message>
    <message>
        <source>Persons released in the period recorded as not found (下落不明).</source>
        <translation>本期释放、登记为下落不明的人员。</translation>
    </message>
    <message>
        <source>Escorted from prison</source>
        <translation>必接必送</translation>
    </message>
    <message>
        <source>Persons released in the period handed over by an escort from the prison gate (必接必送) by its last day.</source>
        <translation>本期释放、且至本期末日已由监狱门口必接必送完成衔接的人员。</translation>
    </message>
    <message>
        <source>Key persons released from prison in the period and escorted from the prison gate.</source>
        <translation>本期刑满释放、且已从监狱门口必接必送的重点帮教对象。</translation>
    </message>
    <message>
        <source>Hand-over rate</source>
        <translation>衔接率</translation>
    </message>
    <message>
        <source>Handed over ÷ newly released in the period × 100%.</source>
        <translation>已衔接人数 ÷ 本期新释放人数 × 100%。</translation>
    </message>
    <message>
        <source>Hand-over rate of key persons</source>
        <translation>重点帮教对象衔接率</translation>
    </message>
    <message>
        <source>Key persons handed over ÷ key persons newly released in the period × 100%.</source>
        <translation>已衔接的重点帮教对象 ÷ 本期新释放的重点帮教对象 × 100%。</translation>
    </message>
    <message>
        <source>Escort rate (必接必送率)</source>
        <translation>必接必送率</translation>
    </message>
    <message>
        <source>Key persons released from prison in the period and escorted ÷ key persons released from prison in the period × 100%. Escorting is for releases from prison; a release from community correction is handed over by the correction officer.</source>
        <translation>本期刑满释放且已必接必送的重点帮教对象 ÷ 本期刑满释放的重点帮教对象 × 100%。必接必送适用于刑满释放人员；解除矫正人员由社区矫正工作人员负责衔接。</translation>
    </message>
    <message>
        <source>Placement and assistance</source>
        <translation>安置帮教</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已安置</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period with a placement (安置) begun by its last day and not ended by then.</source>
        <translation>本期末日前已开始安置、且至该日未终止安置的期末在册人员。</translation>
    </message>
    <message>
        <source>Placed persons by the mode of the latest placement in force on the period&apos;s last day.</source>
        <translation>按本期末日有效的最近一次安置方式统计的已安置人员。</translation>
    </message>
    <message>
        <source>Placement rate</source>
        <translation>安置率</translation>
    </message>
    <message>
        <source>Placed ÷ in register at the end of the period × 100%.</source>
        <translation>已安置人数 ÷ 期末在册人数 × 100%。</translation>
    </message>
    <message>
        <source>Under assistance (帮教)</source>
        <translation>已帮教</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period with an assistance group member entered or an assistance agreement signed by its last day.</source>
        <translation>至本期末日已登记帮教小组成员或已签订帮教协议的期末在册人员。</translation>
    </message>
    <message>
        <source>Assistance rate</source>
        <translation>帮教率</translation>
    </message>
    <message>
        <source>Under assistance ÷ in register at the end of the period × 100%.</source>
        <translation>已帮教人数 ÷ 期末在册人数 × 100%。</translation>
    </message>
    <message>
        <source>Given social assistance</source>
        <translation>获得社会救助</translation>
    </message>
    <message>
        <source>Persons in register at the end of the period granted social assistance (救助: 低保, aid, papers, training, ...) dated in the period.</source>
        <translation>本期获得社会救助（低保、临时救助、证件办理、技能培训等）的期末在册人员。</translation>
    </message>
    <message>
        <source>of which: %1</source>
        <translation>其中%1</translation>
    </message>
    <message>
        <source>Persons given social assistance of this kind in the period (one person may have several kinds).</source>
        <translation>本期获得该类社会救助的人员（一人可获得多类救助）。</translation>
    </message>
    <message>
        <source>Amount of social assistance</source>
        <translation>社会救助金额</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Sum of the amounts of social assistance granted in the period to persons in register at its end.</source>
        <translation>本期向期末在册人员发放的社会救助金额合计。</translation>
    </message>
    <message>
        <source>End of assistance</source>
        <translation>解除帮教情况</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>解除帮教</translation>
    </message>
    <message>
        <source>Files whose end is dated in the period.</source>
        <translation>解除日期在本期内的档案。</translation>
    </message>
    <message>
        <source>Files ended in the period by why they ended.</source>
        <translation>按解除原因统计的本期解除档案。</translation>
    </message>
    <message>
        <source>Re-offended</source>
        <translation>重新犯罪</translation>
    </message>
    <message>
        <source>Files ended in the period because the person offended again (a new sentence).</source>
        <translation>因本人重新犯罪（被判处新的刑罚）而在本期解除的档案。</translation>
    </message>
    <message>
        <source>Re-offending rate</source>
        <translation>重新犯罪率</translation>
    </message>
    <message>
        <source>Re-offended in the period ÷ files in register on at least one day of the period × 100%.</source>
        <translation>本期重新犯罪人数 ÷ 本期内至少有一天在册的档案数 × 100%。</translation>
    </message>
    <message>
        <source>Files ending before the release</source>
        <translation>解除日期早于释放日期的档案</translation>
    </message>
    <message>
        <source>In register after the end of the assistance period</source>
        <translation>帮教期满后仍在册</translation>
    </message>
    <message>
        <source>A file is in the register from the release until the date it ends; a file ending on a day still counts on that day. In register at the end = in register at the start + newly released − ended.</source>
        <translation>档案自释放之日起在册，至解除之日止；在解除当天仍计为在册。期末在册 = 期初在册 + 新释放 − 解除帮教。</translation>
    </message>
    <message>
        <source>Newly released persons count in the period of their release; their hand-over counts as done when it is recorded as done by the period&apos;s last day (a hand-over recorded without a date counts as recorded).</source>
        <translation>新释放人员计入其释放日期所属统计期；至本期末日已登记衔接完成的视为已衔接（衔接未登记日期的，以已登记为准）。</translation>
    </message>
    <message>
        <source>Key or general is the category of the latest risk assessment on or before the period&apos;s last day (the file&apos;s category when it has none).</source>
        <translation>重点或一般类别以本期末日或之前最近一次风险评估的类别为准（无风险评估的，以档案登记的类别为准）。</translation>
    </message>
    <message>
        <source>Placed: a placement begun by the period&apos;s last day and not ended by then. Under assistance: an assistance group member entered or an agreement signed by that day.</source>
        <translation>已安置：至本期末日已开始安置且未终止。已帮教：至该日已登记帮教小组成员或已签订帮教协议。</translation>
    </message>
    <message>
        <source>Social assistance counts by the date it was granted, for persons in register at the end of the period.</source>
        <translation>社会救助按救助日期统计，统计对象为期末在册人员。</translation>
    </message>
    <message>
        <source>Ends count in the period of their date; a file taken back (a correction release withdrawn) counts nowhere.</source>
        <translation>解除帮教按解除日期计入所属统计期；已撤回的档案（撤销解除矫正的）不计入任何统计期。</translation>
    </message>
    <message>
        <source>Rates are percentages rounded to one decimal place; a rate with nothing to divide by is shown as 0.</source>
        <translation>比率为百分比，保留一位小数；分母为零的比率显示为0。</translation>
    </message>
    <message>
        <source>The register does not balance: at the start %1 + newly released %2 − ended %3 = %4, but %5 are in register at the end. A file&apos;s end is dated before its release.</source>
        <translation>在册人数不平衡：期初在册%1 + 新释放%2 − 解除帮教%3 = %4，但期末在册为%5。有档案的解除日期早于释放日期。</translation>
    </message>
    <message>
        <source>Handed over (%1) and not handed over (%2) do not add up to the newly released (%3).</source>
        <translation>已衔接（%1）与未衔接（%2）之和不等于新释放人数（%3）。</translation>
    </message>
    <message>
        <source>%1 of the %2 key persons released from prison in the period were not escorted from the prison gate (必接必送 is due for every key person).</source>
        <translation>本期刑满释放的%2名重点帮教对象中，有%1名未从监狱门口必接必送（所有重点帮教对象均应必接必送）。</translation>
    </message>
    <message>
        <source>%1 exceeds %2.</source>
        <translation>%1大于%2。</translation>
    </message>
    <message>
        <source>%1 files end before the date of the release; correct the dates.</source>
        <translation>%1份档案的解除日期早于释放日期，请更正日期。</translation>
    </message>
    <message>
        <source>%1 persons in register at the end of the period had reached the end of their assistance period before its last day (or before today); end their assistance.</source>
        <translation>有%1名期末在册人员在本期末日（或今天）之前帮教期已满，请为其解除帮教。</translation>
    </message>
</context>
<context>
    <name>PlacementTodo</name>
    <message>
        <source>%1 (release expected %2)</source>
        <translation>%1（预定 %2 释放）</translation>
    </message>
    <message>
        <source>Tell the family of the release</source>
        <translation>通知家属按时接回</translation>
    </message>
    <message>
        <source>Check the person on the ground and prepare the hand-over</source>
        <translation>实地核查人员并准备衔接</translation>
    </message>
    <message>
        <source>Released: record the hand-over and open the file</source>
        <translation>已释放：登记衔接并建立档案</translation>
    </message>
    <message>
        <source>Hand-over on the day of release</source>
        <translation>释放当日衔接</translation>
    </message>
    <message>
        <source>Not located: keep searching; on the monthly list of people not handed over</source>
        <translation>未找到：继续查找；列入每月未衔接人员名单</translation>
    </message>
</context>
<context>
    <name>PlacementUi</name>
    <message>
        <source>Resettlement</source>
        <translation>安置帮教</translation>
    </message>
</context>
<context>
    <name>PlacementViews</name>
    <message>
        <source>released %1</source>
        <translation>%1 释放</translation>
    </message>
    <message>
        <source>assistance until %1</source>
        <translation>帮教期至 %1</translation>
    </message>
    <message>
        <source>no home, job or family</source>
        <translation>三无人员</translation>
    </message>
    <message>
        <source>dual-listed</source>
        <translation>双列管</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>%1 (formerly %2)</source>
        <translation>%1（曾用名 %2）</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1（%2岁）</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>The release</source>
        <translation>释放情况</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>人员来源</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>释放日期</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>释放单位</translation>
    </message>
    <message>
        <source>Release certificate</source>
        <translation>释放证明书</translation>
    </message>
    <message>
        <source>Prison notice</source>
        <translation>刑满释放人员通知书</translation>
    </message>
    <message>
        <source>Released early</source>
        <translation>提前释放</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Assistance period</source>
        <translation>帮教期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>帮教责任人</translation>
    </message>
    <message>
        <source>The offence</source>
        <translation>犯罪情况</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>罪名</translation>
    </message>
    <message>
        <source>Original sentence</source>
        <translation>原判刑期</translation>
    </message>
    <message>
        <source>Additional penalty</source>
        <translation>附加刑</translation>
    </message>
    <message>
        <source>Prior convictions</source>
        <translation>前科情况</translation>
    </message>
    <message>
        <source>recidivist</source>
        <translation>累犯</translation>
    </message>
    <message>
        <source>Drug history</source>
        <translation>吸毒史</translation>
    </message>
    <message>
        <source>Conduct in prison</source>
        <translation>服刑期间表现</translation>
    </message>
    <message>
        <source>Attitude to the crime</source>
        <translation>认罪悔罪情况</translation>
    </message>
    <message>
        <source>no home</source>
        <translation>无家可归</translation>
    </message>
    <message>
        <source>no job</source>
        <translation>无业可就</translation>
    </message>
    <message>
        <source>no family to rely on</source>
        <translation>无亲可投</translation>
    </message>
    <message>
        <source>The person now</source>
        <translation>现实情况</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能特长</translation>
    </message>
    <message>
        <source>State of mind</source>
        <translation>思想状况</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>三无情况</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>帮教类别</translation>
    </message>
    <message>
        <source>Listed in two places</source>
        <translation>双列管（人户分离）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation>矫正期间表现</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>认罪悔罪态度</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>危险性</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>安置帮教建议</translation>
    </message>
    <message>
        <source>Appraisal on release from community correction</source>
        <translation>解除社区矫正鉴定意见</translation>
    </message>
    <message>
        <source>How</source>
        <translation>衔接方式</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>衔接地点</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>接送人员</translation>
    </message>
    <message>
        <source>Family told of the release</source>
        <translation>通知家属日期</translation>
    </message>
    <message>
        <source>Reported to the office</source>
        <translation>到司法所报到日期</translation>
    </message>
    <message>
        <source>Registered with the police</source>
        <translation>到公安机关落户登记日期</translation>
    </message>
    <message>
        <source>Search for the person</source>
        <translation>查找经过</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>帮教期满</translation>
    </message>
    <message>
        <source>Assistance ends</source>
        <translation>帮教期满日期</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) from today)</source>
        <translation>
            <numerusform>%1（距今 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New offence</source>
        <translation>重新犯罪情况</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>迁往</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <source>The office&apos;s opinion</source>
        <translation>司法所意见</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 已删除</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation>建立档案</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 已添加</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Hand-over: %1</source>
        <translation>衔接：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>帮教类别：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n field(s))</source>
        <translation>
            <numerusform>%1 已保存（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation>，原因：%1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Group member %1</source>
        <translation>帮教小组成员 %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>帮教协议</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>安置</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>危险性评估</translation>
    </message>
</context>
<context>
    <name>RebuildCompare</name>
    <message>
        <source>comparing records</source>
        <translation>比对记录</translation>
    </message>
    <message>
        <source>%1 %2 exists in the database but no change in the log created it.</source>
        <translation>%1 %2 存在于数据库中，但变更日志中没有创建它的记录。</translation>
    </message>
    <message>
        <source>%1 %2 is in the change log but missing from the database.</source>
        <translation>%1 %2 在变更日志中有记录，但数据库中没有。</translation>
    </message>
    <message>
        <source>%1 %2 differs from the change log in: %3.</source>
        <translation>%1 %2 与变更日志不一致的字段：%3。</translation>
    </message>
    <message>
        <source>comparing the field clock</source>
        <translation>比对字段时钟</translation>
    </message>
    <message>
        <source>The field clock of %1 does not match the change log.</source>
        <translation>%1 的字段时钟与变更日志不符。</translation>
    </message>
    <message>
        <source>No temporary folder is available for the check.</source>
        <translation>没有可供检查使用的临时文件夹。</translation>
    </message>
    <message>
        <source>opening the rebuilt copy</source>
        <translation>打开重建的副本</translation>
    </message>
    <message>
        <source>reading the change log</source>
        <translation>读取变更日志</translation>
    </message>
    <message>
        <source>The database kept changing while it was checked; check again when nobody is working in it.</source>
        <translation>检查期间数据库一直在变动；请在无人使用时再检查。</translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <source>Add a group member</source>
        <translation>添加帮教小组成员</translation>
    </message>
    <message>
        <source>Change a group member</source>
        <translation>修改帮教小组成员</translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation>添加帮教协议</translation>
    </message>
    <message>
        <source>Change an agreement</source>
        <translation>修改帮教协议</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>Change a visit</source>
        <translation>修改走访记录</translation>
    </message>
    <message>
        <source>Record a placement</source>
        <translation>登记安置</translation>
    </message>
    <message>
        <source>Change a placement</source>
        <translation>修改安置记录</translation>
    </message>
    <message>
        <source>Record social assistance</source>
        <translation>登记社会救助</translation>
    </message>
    <message>
        <source>Change social assistance</source>
        <translation>修改社会救助记录</translation>
    </message>
    <message>
        <source>Record a move</source>
        <translation>登记迁出</translation>
    </message>
    <message>
        <source>Change a move</source>
        <translation>修改迁出记录</translation>
    </message>
    <message>
        <source>Name *:</source>
        <translation>姓名 *：</translation>
    </message>
    <message>
        <source>Taking part as:</source>
        <translation>参与身份：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Relation to the person:</source>
        <translation>与本人关系：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Duty in the group:</source>
        <translation>小组职责：</translation>
    </message>
    <message>
        <source>Signed on *:</source>
        <translation>签订日期 *：</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>协议各方：</translation>
    </message>
    <message>
        <source>the office, the village committee, the family, the person</source>
        <translation>司法所、村（居）委会、家属、本人</translation>
    </message>
    <message>
        <source>Village or community:</source>
        <translation>村（社区）：</translation>
    </message>
    <message>
        <source>Signed for the family by:</source>
        <translation>家属签字人：</translation>
    </message>
    <message>
        <source>Obligations:</source>
        <translation>协议义务：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Kind *:</source>
        <translation>类别 *：</translation>
    </message>
    <message>
        <source>Date *:</source>
        <translation>日期 *：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Taking part:</source>
        <translation>参加人员：</translation>
    </message>
    <message>
        <source>What was talked about:</source>
        <translation>谈话内容：</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>帮教效果：</translation>
    </message>
    <message>
        <source>Current conduct:</source>
        <translation>现实表现：</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>工作人员：</translation>
    </message>
    <message>
        <source>Signed by the person</source>
        <translation>本人已签字</translation>
    </message>
    <message>
        <source>How *:</source>
        <translation>安置方式 *：</translation>
    </message>
    <message>
        <source>Placed on *:</source>
        <translation>安置日期 *：</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>就业单位：</translation>
    </message>
    <message>
        <source>Employer&apos;s phone:</source>
        <translation>单位电话：</translation>
    </message>
    <message>
        <source>Work:</source>
        <translation>从事工作：</translation>
    </message>
    <message>
        <source>Takes part in social insurance</source>
        <translation>已参加社会保险</translation>
    </message>
    <message>
        <source>Tax or fee relief granted</source>
        <translation>已享受税费减免</translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation>终止日期：</translation>
    </message>
    <message>
        <source>Granted on *:</source>
        <translation>救助日期 *：</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>Granted by:</source>
        <translation>救助单位：</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>On *:</source>
        <translation>日期 *：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>迁往：</translation>
    </message>
    <message>
        <source>The other judicial office:</source>
        <translation>对方司法所：</translation>
    </message>
    <message>
        <source>Type the amount in yuan, e.g. 500 or 1200.50.</source>
        <translation>请输入金额（元），如 500 或 1200.50。</translation>
    </message>
</context>
<context>
    <name>RecordOpener</name>
    <message>
        <source>Open a record</source>
        <translation>打开记录</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>“%1” is not a known code here.</source>
        <translation>“%1”不是此处可用的代码。</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>读取记录</translation>
    </message>
    <message>
        <source>The record was not found; it may have been removed.</source>
        <translation>未找到该记录，可能已被删除。</translation>
    </message>
    <message>
        <source>reading a file</source>
        <translation>读取档案</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>读取记录</translation>
    </message>
    <message>
        <source>There is no field “%1” in this record.</source>
        <translation>此记录中没有字段“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a date (yyyy-mm-dd).</source>
        <translation>“%1”不是日期（格式为 yyyy-mm-dd）。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>setting up this installation</source>
        <translation>初始化本机安装</translation>
    </message>
    <message>
        <source>reading this installation&apos;s identity</source>
        <translation>读取本机安装标识</translation>
    </message>
    <message>
        <source>The database has no installation identity; it is damaged or was not created by SifaDesk.</source>
        <translation>数据库缺少安装标识，可能已损坏，或不是由司法所工作台创建的。</translation>
    </message>
    <message>
        <source>numbering a change</source>
        <translation>为变更编号</translation>
    </message>
    <message>
        <source>marking the restored database</source>
        <translation>标记恢复后的数据库</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Submit the report</source>
        <translation>报送报表</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>%1 cannot be submitted while a check finds an error. Correct the records, then submit again:

%2</source>
        <translation>检查发现错误时不能报送%1。请更正相关记录后重新报送：

%2</translation>
    </message>
    <message>
        <source>Submit %1 to the county? The figures are frozen as they are now.</source>
        <translation>确定向县司法局报送%1吗？报送后数据将按当前状态锁定。</translation>
    </message>
    <message>
        <source>The checks warn about:

%1

Submit %2 to the county anyway? The figures are frozen as they are now, with these warnings.</source>
        <translation>检查发现以下警告：

%1

仍要向县司法局报送%2吗？报送后数据将按当前状态连同这些警告一并锁定。</translation>
    </message>
    <message>
        <source>Submitted: %1.</source>
        <translation>已报送：%1。</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为%1。</translation>
    </message>
</context>
<context>
    <name>ReportIn</name>
    <message>
        <source>Enter the day the judgment or decision took effect.</source>
        <translation>请填写判决、裁定或决定的生效日期。</translation>
    </message>
    <message>
        <source>The person cannot report in before the judgment takes effect.</source>
        <translation>报到日期不能早于判决生效日期。</translation>
    </message>
    <message>
        <source>Reported on time</source>
        <translation>按时报到</translation>
    </message>
    <message numerus="yes">
        <source>Reported late (%n day(s))</source>
        <translation>
            <numerusform>超时报到（%n 日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not reported (%n day(s) overdue)</source>
        <translation>
            <numerusform>未报到（已逾期 %n 日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Due to report by %1</source>
        <translation>应于 %1 前报到</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Office head</source>
        <translation>所长</translation>
    </message>
    <message>
        <source>People&apos;s mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>Community correction officer</source>
        <translation>社区矫正专干</translation>
    </message>
    <message>
        <source>Resettlement officer</source>
        <translation>安置帮教专干</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>内勤</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>rule &quot;%1&quot; in version &quot;%2&quot;</source>
        <extracomment>%1 a rule key, %2 a version label</extracomment>
        <translation>版本“%2”中的规则“%1”</translation>
    </message>
    <message>
        <source>%1: a rule key is written in small letters, digits and _</source>
        <translation>%1：规则键名只能由小写字母、数字和 _ 组成</translation>
    </message>
    <message>
        <source>%1: must be an object {&quot;amount&quot;, &quot;unit&quot;, ...}</source>
        <translation>%1：须为对象 {&quot;amount&quot;, &quot;unit&quot;, ...}</translation>
    </message>
    <message>
        <source>%1: unknown unit &quot;%2&quot; (use calendar_days, working_days or months)</source>
        <translation>%1：未知单位“%2”（请使用 calendar_days、working_days 或 months）</translation>
    </message>
    <message>
        <source>%1: &quot;direction&quot; is &quot;after&quot; or &quot;before&quot;, not &quot;%2&quot;</source>
        <translation>%1：“direction”须为“after”或“before”，而不是“%2”</translation>
    </message>
    <message>
        <source>%1: &quot;anchor&quot; is &quot;start&quot; or &quot;month_end&quot;, not &quot;%2&quot;</source>
        <translation>%1：“anchor”须为“start”或“month_end”，而不是“%2”</translation>
    </message>
    <message>
        <source>%1: &quot;if_not_workday&quot; is &quot;keep&quot; or &quot;next_workday&quot;, not &quot;%2&quot;</source>
        <translation>%1：“if_not_workday”须为“keep”或“next_workday”，而不是“%2”</translation>
    </message>
    <message>
        <source>%1: &quot;evidence&quot; is C, M, L or I, not &quot;%2&quot;</source>
        <translation>%1：“evidence”须为 C、M、L 或 I，而不是“%2”</translation>
    </message>
    <message>
        <source>version entry %1</source>
        <translation>第 %1 个版本条目</translation>
    </message>
    <message>
        <source>version &quot;%1&quot;</source>
        <translation>版本“%1”</translation>
    </message>
    <message>
        <source>%1: must be an object {&quot;version&quot;, &quot;effective_from&quot;, ...}</source>
        <translation>%1：须为对象 {&quot;version&quot;, &quot;effective_from&quot;, ...}</translation>
    </message>
    <message>
        <source>%1: &quot;rules&quot; lists no rule</source>
        <translation>%1：“rules”中没有任何规则</translation>
    </message>
    <message>
        <source>the rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>the &quot;id&quot; is &quot;%1&quot; but the file is named %2.json; they must agree</source>
        <translation>“id”为“%1”，但文件名为 %2.json；两者须一致</translation>
    </message>
    <message>
        <source>&quot;versions&quot; lists no version</source>
        <translation>“versions”中没有任何版本</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is listed twice</source>
        <translation>版本“%1”重复列出</translation>
    </message>
    <message>
        <source>versions &quot;%1&quot; and &quot;%2&quot; both take effect on %3; only one can be in force</source>
        <extracomment>%1 and %2 version labels, %3 a date</extracomment>
        <translation>版本“%1”和“%2”的生效日期均为 %3；同一日期只能有一个版本生效</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The built-in rule file %1 could not be read (%2); its rules are not available.</source>
        <translation>无法读取内置规则文件 %1（%2），其中的规则不可用。</translation>
    </message>
    <message>
        <source>The rule file %1 could not be used (%2); the built-in rules are used.</source>
        <extracomment>%1 file path, %2 what is wrong and where</extracomment>
        <translation>无法使用规则文件 %1（%2），已改用内置规则。</translation>
    </message>
    <message>
        <source>The rule file %1 could not be used (its latest version lacks the rules %2); the built-in rules are used.</source>
        <translation>无法使用规则文件 %1（其最新版本缺少规则 %2），已改用内置规则。</translation>
    </message>
    <message>
        <source>The rule file %1 is not used: SifaDesk has no rule set of that name (%2).</source>
        <translation>未使用规则文件 %1：司法所工作台中没有该名称的规则集（%2）。</translation>
    </message>
    <message>
        <source>A deadline cannot be computed without a start date.</source>
        <translation>没有起始日期，无法计算期限。</translation>
    </message>
    <message>
        <source>No rule %1 is in force on %2. Ask the county bureau for the rule files.</source>
        <extracomment>%1 a rule key such as mediation.case_time_limit, %2 a date</extracomment>
        <translation>%2 没有生效的规则 %1。请向县司法局索取规则文件。</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>adding the people search index</source>
        <translation>建立人员库检索索引</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>upgrading the change log and adding people&apos;s mediation</source>
        <translation>升级变更日志并添加人民调解模块</translation>
    </message>
    <message>
        <source>adding community correction</source>
        <translation>添加社区矫正模块</translation>
    </message>
    <message>
        <source>adding resettlement and assistance</source>
        <translation>添加安置帮教</translation>
    </message>
    <message>
        <source>adding statistics</source>
        <translation>添加统计报表</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>您的角色（%1）无权%2。</translation>
    </message>
    <message>
        <source>checking your account</source>
        <translation>核对您的账户</translation>
    </message>
    <message>
        <source>Your account is disabled or no longer exists; sign in again.</source>
        <translation>您的账户已停用或不存在，请重新登录。</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The database cannot be written (%1). Check that the folder and file are writable and not on a read-only medium.</source>
        <translation>无法写入数据库（%1）。请检查文件夹和文件是否可写，是否位于只读介质上。</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>数据库文件已损坏（%1）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The file is not a SifaDesk database or is encrypted.</source>
        <translation>该文件不是司法所工作台数据库，或已加密。</translation>
    </message>
    <message>
        <source>Another program is writing to the database right now (%1). Try again in a moment.</source>
        <translation>另一个程序正在写入数据库（%1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The disk reported an error while %1. Nothing was saved.</source>
        <translation>%1时磁盘报错，未保存任何内容。</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database (%1): %2</source>
        <translation>此次修改违反了数据库规则（%1）：%2</translation>
    </message>
    <message>
        <source>A database error occurred while %1: %2</source>
        <translation>%1时发生数据库错误：%2</translation>
    </message>
    <message>
        <source>working with the database</source>
        <translation>操作数据库</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Files from the county</source>
        <translation>县局下发的文件</translation>
    </message>
</context>
<context>
    <name>StatEngine</name>
    <message>
        <source>computing the %1</source>
        <translation>正在计算%1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>The records counted in the rate&apos;s numerator. %1</source>
        <translation>计入该比率分子的记录。%1</translation>
    </message>
    <message>
        <source>The %1 has no figure &quot;%2&quot;.</source>
        <translation>%1中没有指标“%2”。</translation>
    </message>
    <message>
        <source>listing the records behind a figure</source>
        <translation>查询指标的记录明细</translation>
    </message>
</context>
<context>
    <name>StatExport</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>%1 the period (2024年第三季度), %2 and %3 its first and last day</extracomment>
        <translation>%1（%2至%3）</translation>
    </message>
    <message>
        <source>Reporting office</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Rule version</source>
        <translation>统计口径版本</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>指标解释</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Counting rules</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>计为</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>There is no format &quot;%1&quot;. The formats are: %2.</source>
        <translation>没有“%1”格式。可用格式为：%2。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录明细</translation>
    </message>
    <message>
        <source>The statistics table&apos;s form (%1) is missing.</source>
        <translation>缺少统计表的表式（%1）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 Error or Warning, %2 what the check found</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>StatOffices</name>
    <message>
        <source>listing the offices of the %1</source>
        <translation>列出%1所辖司法所</translation>
    </message>
</context>
<context>
    <name>StatPeriods</name>
    <message>
        <source>&quot;%1&quot; is not a report period. Write a month (2026-11), a quarter (2026-Q3), a half-year (2026-H1), a year (2026) or two dates (2026-01-01..2026-03-31).</source>
        <translation>“%1”不是有效的报告期。请填写月份（2026-11）、季度（2026-Q3）、半年（2026-H1）、年度（2026）或起止日期（2026-01-01..2026-03-31）。</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季报</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>半年报</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>自定义时段</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1 first half</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <source>%1 second half</source>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
</context>
<context>
    <name>StatSubmissions</name>
    <message>
        <source>reading the submitted reports</source>
        <translation>读取已报送的报表</translation>
    </message>
    <message>
        <source>The report cannot be submitted until these are corrected: %1</source>
        <translation>以下问题更正后方可报送报表：%1</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n warning(s); look at them and confirm to submit anyway: %1</source>
        <translation>
            <numerusform>报表有 %n 条警告，请逐条查看并确认后仍可报送：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>submitted again</source>
        <translation>已重新报送</translation>
    </message>
    <message>
        <source>report submitted: %1 %2</source>
        <translation>报表已报送：%1 %2</translation>
    </message>
</context>
<context>
    <name>StatTodo</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Submit the %1 report to the county</source>
        <translation>向县司法局报送%1报表</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>People&apos;s mediation statistics</source>
        <translation>人民调解统计</translation>
    </message>
    <message>
        <source>Community correction statistics</source>
        <translation>社区矫正统计</translation>
    </message>
    <message>
        <source>Resettlement and assistance statistics</source>
        <translation>安置帮教统计</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;. The reports are: %2.</source>
        <translation>没有“%1”报表。可用报表为：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a township office of this county (%2); a township code has 9 digits and begins with the county&apos;s code.</source>
        <translation>“%1”不是本县（%2）的乡镇司法所；乡镇代码为9位数字，并以本县代码开头。</translation>
    </message>
    <message>
        <source>This database holds office %1 only; it cannot report office &quot;%2&quot;.</source>
        <translation>本数据库仅存放%1的数据，无法为“%2”报送报表。</translation>
    </message>
    <message>
        <source>The period ends on %1, so its figures can still change; a report submitted now is a snapshot of today.</source>
        <translation>本报告期至%1结束，数据仍可能变化；现在报送的报表为今日的数据快照。</translation>
    </message>
    <message>
        <source>(minor)</source>
        <translation>（未成年人）</translation>
    </message>
</context>
<context>
    <name>SubjectActions</name>
    <message>
        <source>Reception…</source>
        <translation>报到接收…</translation>
    </message>
    <message>
        <source>Announcement…</source>
        <translation>入矫宣告…</translation>
    </message>
    <message>
        <source>Change the grade…</source>
        <translation>调整管理类别…</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>解除矫正…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止矫正…</translation>
    </message>
    <message>
        <source>Transferred out…</source>
        <translation>迁出…</translation>
    </message>
    <message>
        <source>Revocation not granted…</source>
        <translation>不予撤销…</translation>
    </message>
    <message>
        <source>Reopen the file…</source>
        <translation>重新启用档案…</translation>
    </message>
    <message>
        <source>Seal the file…</source>
        <translation>封存档案…</translation>
    </message>
    <message>
        <source>Lift the seal…</source>
        <translation>解除封存…</translation>
    </message>
    <message>
        <source>Correct the judgment and correction data…</source>
        <translation>更正判决及矫正信息…</translation>
    </message>
    <message>
        <source>Correct the person&apos;s data…</source>
        <translation>更正人员信息…</translation>
    </message>
    <message>
        <source>Correction plan…</source>
        <translation>矫正方案…</translation>
    </message>
    <message>
        <source>Your role may not change correction files.</source>
        <translation>您的角色无权修改社区矫正档案。</translation>
    </message>
    <message>
        <source>The person was received on %1.</source>
        <translation>该社区矫正对象已于 %1 接收。</translation>
    </message>
    <message>
        <source>Record the reception first.</source>
        <translation>请先登记报到接收。</translation>
    </message>
    <message>
        <source>Announced on %1.</source>
        <translation>已于 %1 进行入矫宣告。</translation>
    </message>
    <message>
        <source>A file that is “%1” is not announced.</source>
        <translation>状态为“%1”的档案不进行入矫宣告。</translation>
    </message>
    <message>
        <source>Complete the correction team first: %1</source>
        <translation>请先完善矫正小组：%1</translation>
    </message>
    <message>
        <source>The file is “%1”.</source>
        <translation>该档案状态为“%1”。</translation>
    </message>
    <message>
        <source>A revocation or commitment proposal is pending: no release until the decision arrives.</source>
        <translation>已提请撤销或收监执行，尚待决定：收到决定前不得解除矫正。</translation>
    </message>
    <message>
        <source>There is no approved change of residence.</source>
        <translation>没有已批准的变更执行地申请。</translation>
    </message>
    <message>
        <source>No revocation proposal is pending.</source>
        <translation>没有尚待决定的撤销提请。</translation>
    </message>
    <message>
        <source>The file is open.</source>
        <translation>该档案仍在办理中。</translation>
    </message>
    <message>
        <source>Your role may not seal files.</source>
        <translation>您的角色无权封存档案。</translation>
    </message>
    <message>
        <source>Only the file of a minor is sealed.</source>
        <translation>只有未成年社区矫正对象的档案才予封存。</translation>
    </message>
    <message>
        <source>The file is sealed.</source>
        <translation>该档案已封存。</translation>
    </message>
    <message>
        <source>Your role may not lift a seal.</source>
        <translation>您的角色无权解除封存。</translation>
    </message>
    <message>
        <source>The file is not sealed.</source>
        <translation>该档案未封存。</translation>
    </message>
    <message>
        <source>Your role may not change the people index.</source>
        <translation>您的角色无权修改人员库。</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>报到接收</translation>
    </message>
    <message>
        <source>Reported in on *:</source>
        <translation>报到日期 *：</translation>
    </message>
    <message>
        <source>Received on *:</source>
        <translation>接收日期 *：</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>接收方式：</translation>
    </message>
    <message>
        <source>Reported in person</source>
        <translation>本人报到</translation>
    </message>
    <message>
        <source>Handed over by the prison</source>
        <translation>监狱移交</translation>
    </message>
    <message>
        <source>Handed over by the detention centre</source>
        <translation>看守所移交</translation>
    </message>
    <message>
        <source>Handed over by the police</source>
        <translation>公安机关移交</translation>
    </message>
    <message>
        <source>Handed over by the court</source>
        <translation>人民法院移交</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <source>Report-in was due by %1: %2</source>
        <translation>应于 %1 前报到：%2</translation>
    </message>
    <message>
        <source>Announcement of community correction</source>
        <translation>入矫宣告</translation>
    </message>
    <message>
        <source>Announced on *:</source>
        <translation>宣告日期 *：</translation>
    </message>
    <message>
        <source>Change the grade</source>
        <translation>调整管理类别</translation>
    </message>
    <message>
        <source>Grade *:</source>
        <translation>管理类别 *：</translation>
    </message>
    <message>
        <source>Applies from *:</source>
        <translation>起始日期 *：</translation>
    </message>
    <message>
        <source>Reason *:</source>
        <translation>原因 *：</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>决定单位：</translation>
    </message>
    <message>
        <source>the county agency&apos;s decision</source>
        <translation>县级社区矫正机构的决定</translation>
    </message>
    <message>
        <source>Terminate community correction</source>
        <translation>终止社区矫正</translation>
    </message>
    <message>
        <source>How *:</source>
        <translation>终止类型 *：</translation>
    </message>
    <message>
        <source>On *:</source>
        <translation>终止日期 *：</translation>
    </message>
    <message>
        <source>Decision (court or authority and number) *:</source>
        <translation>裁定或决定（作出机关及文号） *：</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>The new county accepted on *:</source>
        <translation>新执行地接收日期 *：</translation>
    </message>
    <message>
        <source>Revocation not granted</source>
        <translation>不予撤销</translation>
    </message>
    <message>
        <source>The ruling (court or authority and number) *:</source>
        <translation>裁定或决定（作出机关及文号） *：</translation>
    </message>
    <message>
        <source>Reopen the file</source>
        <translation>重新启用档案</translation>
    </message>
    <message>
        <source>Why (a mistaken release, termination or transfer) *:</source>
        <translation>原因（解除、终止或迁出有误） *：</translation>
    </message>
    <message>
        <source>Seal the file</source>
        <translation>封存档案</translation>
    </message>
    <message>
        <source>Decision or rule *:</source>
        <translation>决定或依据 *：</translation>
    </message>
    <message>
        <source>Lift the seal</source>
        <translation>解除封存</translation>
    </message>
    <message>
        <source>Approval no. *:</source>
        <translation>批准文号 *：</translation>
    </message>
    <message>
        <source>Correction plan</source>
        <translation>矫正方案</translation>
    </message>
    <message>
        <source>Supervision:</source>
        <translation>监督管理：</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>教育矫正：</translation>
    </message>
    <message>
        <source>Assistance:</source>
        <translation>帮困扶助：</translation>
    </message>
    <message>
        <source>Other measures:</source>
        <translation>其他措施：</translation>
    </message>
    <message>
        <source>Evaluation of the effect:</source>
        <translation>效果评估：</translation>
    </message>
    <message>
        <source>Evaluated on:</source>
        <translation>评估日期：</translation>
    </message>
    <message>
        <source>Evaluated by:</source>
        <translation>评估人：</translation>
    </message>
    <message>
        <source>Legal documents received on:</source>
        <translation>法律文书收到日期：</translation>
    </message>
    <message>
        <source>Documents checked:</source>
        <translation>文书核对：</translation>
    </message>
    <message>
        <source>e.g. complete and consistent</source>
        <translation>例如：齐全、一致</translation>
    </message>
    <message>
        <source>Identity verified:</source>
        <translation>身份核实：</translation>
    </message>
    <message>
        <source>e.g. ID card checked against the judgment</source>
        <translation>例如：核对居民身份证，与判决书记载一致</translation>
    </message>
    <message>
        <source>Told of:</source>
        <translation>告知情况：</translation>
    </message>
    <message>
        <source>e.g. the obligations under correction and the rules on reporting</source>
        <translation>例如：社区矫正期间应遵守的规定和报告制度</translation>
    </message>
    <message>
        <source>Reception record…</source>
        <translation>接收登记…</translation>
    </message>
    <message>
        <source>Reception record</source>
        <translation>接收登记</translation>
    </message>
    <message>
        <source>Causes of the crime:</source>
        <translation>犯罪原因：</translation>
    </message>
    <message>
        <source>Repentance:</source>
        <translation>悔罪表现：</translation>
    </message>
    <message>
        <source>Psychological traits:</source>
        <translation>心理特点：</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>健康状况：</translation>
    </message>
    <message>
        <source>Focus of correction:</source>
        <translation>矫正重点：</translation>
    </message>
    <message>
        <source>New offence…</source>
        <translation>再犯罪…</translation>
    </message>
    <message>
        <source>Because of a new offence</source>
        <translation>因再犯罪</translation>
    </message>
    <message>
        <source>New offence established on:</source>
        <translation>再犯罪认定日期：</translation>
    </message>
    <message>
        <source>Enter the date the new offence was established.</source>
        <translation>请输入再犯罪的认定日期。</translation>
    </message>
    <message>
        <source>New offence under correction</source>
        <translation>矫正期间再犯罪</translation>
    </message>
    <message>
        <source>Established on:</source>
        <translation>认定日期：</translation>
    </message>
    <message>
        <source>The date a new offence committed under correction was established; leave it empty to clear a date recorded by mistake.</source>
        <translation>矫正期间再犯罪的认定日期；如日期系误录，可清空。</translation>
    </message>
</context>
<context>
    <name>SubjectColumns</name>
    <message>
        <source>The columns &quot;%1&quot; (%2) and &quot;%3&quot; (%4) both hold %5; remove or rename one of them.</source>
        <translation>“%1”列（%2）和“%3”列（%4）都对应%5，请删除或重新命名其中一列。</translation>
    </message>
    <message>
        <source>The ledger has no column for %1 (header found on line %2). Name the columns as an exported ledger does, e.g. %3.</source>
        <translation>台账中没有对应%1的列（表头位于第 %2 行）。请按导出的台账命名各列，例如：%3。</translation>
    </message>
    <message>
        <source>No header row was found in the first %1 lines: a ledger needs a row naming its columns, such as 姓名, 身份证号, 矫正类别, 矫正起始日期 and 矫正终止日期.</source>
        <translation>前 %1 行中未找到表头行：台账须有一行列名，如姓名、身份证号、矫正类别、矫正起始日期、矫正终止日期等。</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Correction ledger</source>
        <translation>社区矫正对象台账</translation>
    </message>
</context>
<context>
    <name>SubjectImport</name>
    <message>
        <source>The %1 (%2) lies in the future.</source>
        <translation>%1（%2）晚于今天。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>“%1”无效，应为以下之一：%2。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>The ID number %1 is stored as a number, so Excel has already replaced its last digits with zeros. Format the column as text in Excel, type the numbers again and import the file again.</source>
        <translation>身份证号码 %1 以数字形式保存，Excel 已将其末几位替换为 0。请在 Excel 中将该列设置为文本格式，重新输入号码后再次导入文件。</translation>
    </message>
    <message>
        <source>The ID number is empty; a correction file belongs to an identified person.</source>
        <translation>身份证号码为空；社区矫正档案须对应身份明确的人员。</translation>
    </message>
    <message>
        <source>The ID number reads &quot;%1&quot;: Excel turned it into a number and destroyed its last digits. Format the column as text in Excel, type the numbers again and import the file again.</source>
        <translation>身份证号码为“%1”：Excel 已将其转换为数字，末几位已被破坏。请在 Excel 中将该列设置为文本格式，重新输入号码后再次导入文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex: write 男 or 女.</source>
        <translation>“%1”不是有效的性别，请填写“男”或“女”。</translation>
    </message>
    <message>
        <source>The correction type is empty: write 管制, 缓刑, 假释 or 暂予监外执行.</source>
        <translation>矫正类别为空，请填写管制、缓刑、假释或暂予监外执行。</translation>
    </message>
    <message>
        <source>Temporary execution outside prison (暂予监外执行) needs its circumstance in 暂予监外执行情形: 保外就医, 怀孕或者正在哺乳自己婴儿 or 生活不能自理.</source>
        <translation>暂予监外执行须在“暂予监外执行情形”列填写具体情形：保外就医、怀孕或者正在哺乳自己婴儿、生活不能自理。</translation>
    </message>
    <message>
        <source>Only temporary execution outside prison (暂予监外执行) has a 暂予监外执行情形; leave it empty for %1.</source>
        <translation>只有暂予监外执行才有暂予监外执行情形；矫正类别为%1的，此列请留空。</translation>
    </message>
    <message>
        <source>The first day of the correction period (%1) is empty.</source>
        <translation>矫正起始日期（“%1”列）为空。</translation>
    </message>
    <message>
        <source>The last day of the correction period (%1) is empty.</source>
        <translation>矫正终止日期（“%1”列）为空。</translation>
    </message>
    <message>
        <source>The correction period ends (%1) before it begins (%2).</source>
        <translation>矫正终止日期（%1）早于起始日期（%2）。</translation>
    </message>
    <message>
        <source>The judgment date is empty and the correction period begins in the future (%1); enter the date of the judgment.</source>
        <translation>判决日期为空，且矫正起始日期（%1）晚于今天；请填写判决日期。</translation>
    </message>
    <message>
        <source>The judgment is dated (%1) after it took effect (%2).</source>
        <translation>判决日期（%1）晚于生效日期（%2）。</translation>
    </message>
    <message>
        <source>A released or terminated file needs the date it ended (解除日期).</source>
        <translation>已解除或已终止的档案须填写解除日期。</translation>
    </message>
    <message>
        <source>解除日期 is filled in but 解除类型 is empty: write 期满解除, 撤销缓刑, 撤销假释, 收监执行 or 死亡.</source>
        <translation>已填写解除日期，但解除类型为空：请填写期满解除、撤销缓刑、撤销假释、收监执行或死亡。</translation>
    </message>
    <message>
        <source>%1 does not end %2: 撤销缓刑 ends only 缓刑, 撤销假释 only 假释, 收监执行 only 暂予监外执行.</source>
        <translation>%1不适用于%2：撤销缓刑仅适用于缓刑，撤销假释仅适用于假释，收监执行仅适用于暂予监外执行。</translation>
    </message>
    <message>
        <source>The file ends (%1) before the correction period begins (%2).</source>
        <translation>档案的解除日期（%1）早于矫正起始日期（%2）。</translation>
    </message>
    <message>
        <source>A file transferred to another county (已迁出) has no 解除类型; leave it empty.</source>
        <translation>已迁往其他县的档案（已迁出）不填写解除类型，请留空。</translation>
    </message>
    <message>
        <source>A file transferred to another county (已迁出) needs the date of the transfer in 解除日期.</source>
        <translation>已迁往其他县的档案（已迁出）须在“解除日期”列填写迁出日期。</translation>
    </message>
    <message>
        <source>%1 says %2, but the other columns give %3: check 解除类型 and 解除日期.</source>
        <translation>“%1”列为“%2”，但其他各列反映的状态为“%3”：请核对解除类型和解除日期。</translation>
    </message>
    <message>
        <source>reading what the database holds</source>
        <translation>读取数据库现有数据</translation>
    </message>
    <message>
        <source>The ID number %1 is given to %2 in row %3; one number belongs to one person.</source>
        <translation>身份证号码 %1 在第 %3 行对应的是 %2；一个号码只能属于一人。</translation>
    </message>
    <message>
        <source>%1 has an open file in row %2 already; a person has one open correction file at a time.</source>
        <translation>%1 在第 %2 行已有一份未结束的档案；同一人同一时间只能有一份未结束的社区矫正档案。</translation>
    </message>
    <message>
        <source>This file appears twice (first in row %1).</source>
        <translation>此档案重复出现（首次出现在第 %1 行）。</translation>
    </message>
    <message>
        <source>The ID number %1 belongs to %2 in the people index, not to %3; correct the name or the number.</source>
        <translation>身份证号码 %1 在人员库中属于 %2，而不是 %3；请更正姓名或号码。</translation>
    </message>
    <message>
        <source>The file of %1 (%2 from %3) is already in the database; a ledger is imported only once.</source>
        <translation>%1 的档案（%3 起的%2）已在数据库中；同一台账只能导入一次。</translation>
    </message>
    <message>
        <source>%1 already has an open correction file in the database.</source>
        <translation>%1 在数据库中已有一份未结束的社区矫正档案。</translation>
    </message>
    <message>
        <source>%1 was removed from the people index; restore the person there before importing this file.</source>
        <translation>%1 已从人员库中删除；请先在人员库中恢复此人员，再导入此档案。</translation>
    </message>
    <message>
        <source>Transferred out before the ledger was imported</source>
        <translation>导入台账前已迁出</translation>
    </message>
</context>
<context>
    <name>SubjectViews</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>矫正期限 %1</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>%1 (formerly %2)</source>
        <translation>%1（曾用名 %2）</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1（%2岁）</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Employer or school</source>
        <translation>工作单位或就读学校</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>The judgment</source>
        <translation>判决情况</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交付执行机关</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>判决书</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Notice of execution</source>
        <translation>执行通知书</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>罪名</translation>
    </message>
    <message>
        <source>Main facts</source>
        <translation>主要犯罪事实</translation>
    </message>
    <message>
        <source>Original sentence</source>
        <translation>原判刑罚</translation>
    </message>
    <message>
        <source>Term runs</source>
        <translation>原判刑期起止</translation>
    </message>
    <message>
        <source>Additional penalty</source>
        <translation>附加刑</translation>
    </message>
    <message>
        <source>Prohibition order</source>
        <translation>禁止令</translation>
    </message>
    <message>
        <source>Community correction</source>
        <translation>社区矫正</translation>
    </message>
    <message>
        <source>Subject number</source>
        <translation>社区矫正对象编号</translation>
    </message>
    <message>
        <source>Correction type</source>
        <translation>矫正类别</translation>
    </message>
    <message>
        <source>Outside prison because</source>
        <translation>暂予监外执行情形</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>矫正期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>管理类别</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>负责专干</translation>
    </message>
    <message>
        <source>Report-in</source>
        <translation>报到情况</translation>
    </message>
    <message>
        <source>Reported in</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收情况</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>入矫宣告日期</translation>
    </message>
    <message>
        <source>Household type</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>Work or study</source>
        <translation>就业就学情况</translation>
    </message>
    <message>
        <source>Employer&apos;s phone</source>
        <translation>工作单位电话</translation>
    </message>
    <message>
        <source>Community service</source>
        <translation>公益活动</translation>
    </message>
    <message>
        <source>not able to work</source>
        <translation>无劳动能力</translation>
    </message>
    <message>
        <source>Attention tags</source>
        <translation>重点关注标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监督管理</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>帮困扶助</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>其他措施</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>效果评估</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>评估日期及评估人</translation>
    </message>
    <message>
        <source>Correction plan</source>
        <translation>矫正方案</translation>
    </message>
    <message>
        <source>No plan has been written yet.</source>
        <translation>尚未制定矫正方案。</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>管理类别调整</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (decided by %1)</source>
        <translation> （决定单位：%1）</translation>
    </message>
    <message>
        <source>Key periods</source>
        <translation>重点时段</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>解除/终止类型</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decision or reason</source>
        <translation>决定或原因</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>矫正期满</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>期满日期</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) from today)</source>
        <translation>
            <numerusform>%1（距今 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Release preparation from</source>
        <translation>解矫准备起始日</translation>
    </message>
    <message>
        <source>%1: the person&apos;s summary, the office&apos;s appraisal, the announcement</source>
        <translation>自 %1 起：个人总结、司法所鉴定、解矫宣告</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暂缓解矫</translation>
    </message>
    <message>
        <source>A revocation or commitment proposal is pending: no release until the decision arrives (司办通〔2021〕94号).</source>
        <translation>已提请撤销或收监执行，尚待决定：收到决定前不得解除矫正（司办通〔2021〕94号）。</translation>
    </message>
    <message>
        <source>Person&apos;s summary</source>
        <translation>个人总结</translation>
    </message>
    <message>
        <source>Summary dated</source>
        <translation>总结日期</translation>
    </message>
    <message>
        <source>Conduct under correction</source>
        <translation>矫正期间表现</translation>
    </message>
    <message>
        <source>Attitude to the crime</source>
        <translation>认罪悔罪情况</translation>
    </message>
    <message>
        <source>Skills and training</source>
        <translation>技能及培训情况</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Family relations</source>
        <translation>家庭关系</translation>
    </message>
    <message>
        <source>Advice for resettlement</source>
        <translation>安置帮教建议</translation>
    </message>
    <message>
        <source>Special circumstances</source>
        <translation>特殊情况说明</translation>
    </message>
    <message>
        <source>Appraisal dated</source>
        <translation>鉴定日期</translation>
    </message>
    <message>
        <source>Release announced</source>
        <translation>解矫宣告</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>解除矫正证明书编号</translation>
    </message>
    <message>
        <source>Appraisal and release</source>
        <translation>鉴定与解矫</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 已删除</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n field(s))</source>
        <translation>
            <numerusform>%1 已保存（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation> （原因：%1）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Team member %1</source>
        <translation>矫正小组成员 %1</translation>
    </message>
    <message>
        <source>Relative %1</source>
        <translation>家庭成员 %1</translation>
    </message>
    <message>
        <source>Score entry</source>
        <translation>考核分记录</translation>
    </message>
    <message>
        <source>Electronic monitoring</source>
        <translation>电子定位</translation>
    </message>
    <message>
        <source>Loss of contact</source>
        <translation>失联</translation>
    </message>
    <message>
        <source>Legal documents received</source>
        <translation>法律文书收到</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>文书核对</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>身份核实</translation>
    </message>
    <message>
        <source>Told of</source>
        <translation>告知情况</translation>
    </message>
    <message>
        <source>Causes of the crime</source>
        <translation>犯罪原因</translation>
    </message>
    <message>
        <source>Repentance</source>
        <translation>悔罪表现</translation>
    </message>
    <message>
        <source>Psychological traits</source>
        <translation>心理特点</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Focus of correction</source>
        <translation>矫正重点</translation>
    </message>
    <message>
        <source>New offence established on</source>
        <translation>再犯罪认定日期</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>%1 is larger than %2 MiB, too large for a ledger. Split it into smaller files and import them one by one.</source>
        <translation>%1 超过 %2 MiB，作为台账文件过大。请将其拆分为若干较小的文件，逐个导入。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>找不到文件 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a text file. Choose a CSV or text file, or an Excel workbook (.xlsx).</source>
        <translation>%1 不是文本文件。请选择 CSV 文件、文本文件或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 is marked as %2 text but holds bytes that are not valid %2. The file may be damaged; save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 标记为 %2 文本，但含有无效的 %2 字节。文件可能已损坏，请重新另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, and this installation cannot read GB18030 (Qt was built without ICU). Save the file as &quot;CSV UTF-8&quot; in Excel and import it again.</source>
        <translation>%1 不是 UTF-8 文本，而本程序无法读取 GB18030 编码（Qt 编译时未包含 ICU）。请在 Excel 中将文件另存为“CSV UTF-8”格式后重新导入。</translation>
    </message>
    <message>
        <source>The encoding of %1 is not recognised: it is neither UTF-8 nor GB18030 text. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>无法识别 %1 的编码：它既不是 UTF-8 文本，也不是 GB18030 文本。请将其另存为“CSV UTF-8”格式后重新导入。</translation>
    </message>
</context>
<context>
    <name>Todo</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>starting to save</source>
        <translation>开始保存</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>undoing an unfinished change</source>
        <translation>撤销未完成的修改</translation>
    </message>
    <message>
        <source>The database undid the change by itself after an error (for example a full disk); nothing was saved. Try again.</source>
        <translation>数据库在出错（例如磁盘已满）后自动撤销了此次修改，未保存任何内容。请重试。</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>reading user accounts</source>
        <translation>读取用户账户</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>saving a user account</source>
        <translation>保存用户账户</translation>
    </message>
    <message>
        <source>creating a user account</source>
        <translation>创建用户账户</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords until %1. Wait, or ask the administrator to unlock it.</source>
        <translation>密码错误次数过多，此账户已锁定至 %1。请等待，或请系统管理员解锁。</translation>
    </message>
    <message>
        <source>A user name has 1 to 32 characters.</source>
        <translation>用户名应为1至32个字符。</translation>
    </message>
    <message>
        <source>A user name may not contain spaces, colons or control characters.</source>
        <translation>用户名不能包含空格、冒号或控制字符。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password may not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>The password may not repeat a single character.</source>
        <translation>密码不能由同一个字符重复组成。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>此账户已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>用户 %1 已存在。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>%1 is the only active administrator and cannot be disabled.</source>
        <translation>%1 是唯一在用的系统管理员，不能停用。</translation>
    </message>
    <message>
        <source>%1 is the only active administrator; appoint another administrator first.</source>
        <translation>%1 是唯一在用的系统管理员，请先指定另一名系统管理员。</translation>
    </message>
    <message>
        <source>A display name has at most 50 characters.</source>
        <translation>姓名最多50个字符。</translation>
    </message>
    <message>
        <source>checking the password</source>
        <translation>核对密码</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>year entry %1</source>
        <translation>第 %1 个年度条目</translation>
    </message>
    <message>
        <source>%1, holiday &quot;%2&quot;</source>
        <extracomment>%1 &quot;year 2026&quot;, %2 a holiday name</extracomment>
        <translation>%1，节假日“%2”</translation>
    </message>
    <message>
        <source>%1: every holiday must be an object {&quot;name&quot;, &quot;from&quot;, &quot;to&quot;}</source>
        <translation>%1：每个节假日须为对象 {&quot;name&quot;, &quot;from&quot;, &quot;to&quot;}</translation>
    </message>
    <message>
        <source>%1: the days must lie in %2 (list the days of another year under that year)</source>
        <translation>%1：日期须在 %2 年内（其他年份的日期请列在相应年份下）</translation>
    </message>
    <message>
        <source>%1: &quot;to&quot; must be on or after &quot;from&quot;, at most 31 days in all</source>
        <translation>%1：“to”不能早于“from”，且总天数不超过31天</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation>%1：%2 重复列出</translation>
    </message>
    <message>
        <source>%1, make-up working day %2</source>
        <extracomment>%1 &quot;year 2026&quot;, %2 a date</extracomment>
        <translation>%1，调休上班日 %2</translation>
    </message>
    <message>
        <source>%1: every make-up working day must be an object {&quot;date&quot;, &quot;for&quot;}</source>
        <translation>%1：每个调休上班日须为对象 {&quot;date&quot;, &quot;for&quot;}</translation>
    </message>
    <message>
        <source>%1: the day must lie in %2</source>
        <translation>%1：日期须在 %2 年内</translation>
    </message>
    <message>
        <source>%1: only a Saturday or a Sunday can be a make-up working day</source>
        <translation>%1：只有星期六或星期日才能设为调休上班日</translation>
    </message>
    <message>
        <source>%1: the day is also listed as a holiday, or twice</source>
        <translation>%1：该日期同时被列为节假日，或重复列出</translation>
    </message>
    <message>
        <source>the calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>year entry %1: must be an object { ... }</source>
        <translation>第 %1 个年度条目：须为对象 { ... }</translation>
    </message>
    <message>
        <source>year %1 is listed twice</source>
        <translation>%1年重复列出</translation>
    </message>
    <message>
        <source>The working-day calendar %1 could not be used (%2); the built-in calendar is used.</source>
        <extracomment>%1 file path, %2 what is wrong with it</extracomment>
        <translation>无法使用工作日历 %1（%2），已改用内置工作日历。</translation>
    </message>
    <message>
        <source>The built-in working-day calendar could not be read (%1); Monday to Friday are taken as working days.</source>
        <translation>无法读取内置工作日历（%1），将以星期一至星期五为工作日。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>找不到文件 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The sheet %1 in %2 is a chart, not a table of cells. Choose another sheet.</source>
        <translation>%2 中的工作表 %1 是图表，不是单元格表格。请选择其他工作表。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n sheet(s); there is no sheet number %2.</source>
        <translation>
            <numerusform>%1 共有 %n 个工作表，没有第 %2 个工作表。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no sheet named %2. Its sheets are: %3.</source>
        <translation>%1 中没有名为 %2 的工作表。其中的工作表有：%3。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 has a row numbered %3. Open it in Excel or WPS and save it again.</source>
        <translation>%1 已损坏：其部件 %2 中有行号为 %3 的行。请用 Excel 或 WPS 打开并重新保存。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 has a cell named %3. Open it in Excel or WPS and save it again.</source>
        <translation>%1 已损坏：其部件 %2 中有名为 %3 的单元格。请用 Excel 或 WPS 打开并重新保存。</translation>
    </message>
    <message>
        <source>%1 is damaged: a row of its part %2 has more than %3 cells. Open it in Excel or WPS and save it again.</source>
        <translation>%1 已损坏：其部件 %2 中有一行超过 %3 个单元格。请用 Excel 或 WPS 打开并重新保存。</translation>
    </message>
    <message>
        <source>%1 is damaged: a cell of its part %2 refers to shared string %3, which does not exist. Open it in Excel or WPS and save it again.</source>
        <translation>%1 已损坏：其部件 %2 中有单元格引用了不存在的共享字符串 %3。请用 Excel 或 WPS 打开并重新保存。</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, more than Excel allows. Split it into smaller workbooks.</source>
        <translation>%1 超过 %2 行，超出 Excel 允许的范围。请将其拆分为若干较小的工作簿。</translation>
    </message>
    <message>
        <source>The sheet in %1 has more than %2 cells, too many to import at once. Split it into smaller workbooks.</source>
        <translation>%1 中的工作表超过 %2 个单元格，无法一次导入。请将其拆分为若干较小的工作簿。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet %2 has no part that holds it. Open it in Excel or WPS and save it again.</source>
        <translation>%1 已损坏：找不到工作表 %2 对应的部件。请用 Excel 或 WPS 打开并重新保存。</translation>
    </message>
    <message>
        <source>%1 is not an Excel .xlsx file. Old .xls files must be saved as .xlsx first: open the file in Excel or WPS and save it as &quot;Excel Workbook (*.xlsx)&quot;.</source>
        <translation>%1 不是 Excel .xlsx 文件。旧版 .xls 文件须先另存为 .xlsx：请用 Excel 或 WPS 打开该文件，另存为“Excel 工作簿(*.xlsx)”。</translation>
    </message>
    <message>
        <source>%1 is protected with a password and cannot be read. Open it in Excel or WPS, remove the password (in Excel: File, Info, Protect Workbook, Encrypt with Password), save it and import it again.</source>
        <translation>%1 受密码保护，无法读取。请用 Excel 或 WPS 打开，取消密码（Excel 中：文件 &gt; 信息 &gt; 保护工作簿 &gt; 用密码进行加密），保存后重新导入。</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: the part %2 is missing. The file may be damaged; open it in Excel or WPS and save it again.</source>
        <translation>%1 不是完整的 Excel 工作簿：缺少部件 %2。文件可能已损坏，请用 Excel 或 WPS 打开并重新保存。</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 cannot be read (%3). Open it in Excel or WPS and save it again.</source>
        <translation>%1 已损坏：无法读取部件 %2（%3）。请用 Excel 或 WPS 打开并重新保存。</translation>
    </message>
    <message>
        <source>%1 cannot be read: its part %2 holds a document type declaration, which Excel never writes.</source>
        <translation>无法读取 %1：其部件 %2 含有文档类型声明，而 Excel 从不写入此类声明。</translation>
    </message>
    <message>
        <source>%1 is too large to import: its part %2 holds more than %3 MiB. Split the workbook into smaller ones.</source>
        <translation>%1 过大，无法导入：其部件 %2 超过 %3 MiB。请将该工作簿拆分为若干较小的工作簿。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is not well-formed XML (line %3: %4). Open it in Excel or WPS and save it again.</source>
        <translation>%1 已损坏：其部件 %2 不是格式正确的 XML（第 %3 行：%4）。请用 Excel 或 WPS 打开并重新保存。</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>The sheet name &quot;%1&quot; cannot be used in Excel: it must have 1 to 31 characters, none of [ ] : * ? / \, and must not begin or end with an apostrophe.</source>
        <translation>工作表名称“%1”不能在 Excel 中使用：名称须为1至31个字符，不能包含 [ ] : * ? / \ 中的任何字符，且不能以单引号开头或结尾。</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows; export fewer records at a time.</source>
        <translation>Excel 工作表最多可容纳 %1 行，请减少每次导出的记录数。</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds a number that Excel cannot store.</source>
        <translation>第 %1 行第 %2 列的数字无法在 Excel 中保存。</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds more than %3 characters, more than an Excel cell can hold.</source>
        <translation>第 %1 行第 %2 列超过 %3 个字符，超出 Excel 单元格的容量。</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 columns.</source>
        <translation>Excel 工作表最多可容纳 %1 列。</translation>
    </message>
    <message>
        <source>There is not enough memory to write %1.</source>
        <translation>内存不足，无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>无法写入 %1（%2）。请检查文件夹是否存在、您是否有写入权限，或另选保存位置。</translation>
    </message>
    <message>
        <source>The Excel file %1 could not be written (%2); nothing was changed.</source>
        <translation>未能写入 Excel 文件 %1（%2），未作任何更改。</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, too large to import. Split it into smaller workbooks and import them one by one.</source>
        <translation>%1 超过 %2 MiB，文件过大，无法导入。请将其拆分为若干较小的工作簿，逐个导入。</translation>
    </message>
    <message>
        <source>There is not enough memory to open %1.</source>
        <translation>内存不足，无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete and cannot be opened (%2). Copy the file again from where it came from.</source>
        <translation>%1 已损坏或不完整，无法打开（%2）。请从原始来源重新复制该文件。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::AgreementDialog</name>
    <message>
        <source>Record the agreement — %1</source>
        <translation>登记调解协议 — %1</translation>
    </message>
    <message>
        <source>left empty: the next number of the office&apos;s sequence</source>
        <translation>留空则自动使用本所编号序列中的下一个编号</translation>
    </message>
    <message>
        <source>A written agreement takes effect when the parties and the mediator have signed and the committee&apos;s seal is on it; left empty: the day it was reached.</source>
        <translation>书面协议自各方当事人、调解员签名并加盖人民调解委员会印章之日起生效；留空则为达成协议当日。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Due (yyyy-mm-dd)</source>
        <translation>履行期限（yyyy-mm-dd）</translation>
    </message>
    <message>
        <source>Add a term</source>
        <translation>添加条款</translation>
    </message>
    <message>
        <source>Remove the term</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>e.g. 现金一次性支付</source>
        <translation>例如：现金一次性支付</translation>
    </message>
    <message>
        <source>one per party and one for the file</source>
        <translation>当事人各执一份，调委会留存一份</translation>
    </message>
    <message>
        <source>Performed on the spot (the case is closed at once)</source>
        <translation>当场履行完毕（案件随即结案）</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>协议形式(&amp;F)：</translation>
    </message>
    <message>
        <source>Agreement &amp;number:</source>
        <translation>协议书编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Reached on *:</source>
        <translation>达成日期 *：</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Facts, matters in dispute and liability:</source>
        <translation>纠纷事实、争议事项及各方责任：</translation>
    </message>
    <message>
        <source>Terms agreed (in order):</source>
        <translation>协议内容（按顺序）：</translation>
    </message>
    <message>
        <source>Performance &amp;method:</source>
        <translation>履行方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Performance &amp;deadline:</source>
        <translation>履行期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>份数：</translation>
    </message>
    <message>
        <source>Correct the agreement — %1</source>
        <translation>更正调解协议 — %1</translation>
    </message>
    <message>
        <source>Term %1: write the amount in yuan, e.g. 1500 or 1500.50.</source>
        <translation>第 %1 项：金额请以元为单位填写，例如 1500 或 1500.50。</translation>
    </message>
    <message>
        <source>Term %1: write the due date as yyyy-mm-dd.</source>
        <translation>第 %1 项：到期日期请按 yyyy-mm-dd 格式填写。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::AppController</name>
    <message>
        <source>The database %1 failed its integrity check (%2). Nothing was changed. Restore it from a backup.</source>
        <translation>数据库 %1 未通过完整性检查（%2）。未作任何改动。请从备份恢复。</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The backup was restored. The database it replaced was kept as %1.</source>
        <translation>备份已恢复。被替换的数据库已保存为 %1。</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>SifaDesk databases (*.sqlite);;All files (*)</source>
        <translation>司法所工作台数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation>每日备份已写入 %1。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the current database with the backup of %1? Everything entered since then is kept only in a safety copy. SifaDesk will ask you to sign in again.</source>
        <translation>要用 %1 的备份替换当前数据库吗？此后录入的所有内容将只保留在安全副本中。恢复后需要重新登录。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup on exit failed: %1

Quit anyway?</source>
        <translation>退出时备份失败：%1

仍要退出吗？</translation>
    </message>
</context>
<context>
    <name>sifa::ui::AssessmentDialog</name>
    <message>
        <source>Pre-sentence assessment</source>
        <translation>调查评估</translation>
    </message>
    <message>
        <source>The entrustment</source>
        <translation>委托情况</translation>
    </message>
    <message>
        <source>Entrusted by *:</source>
        <translation>委托单位 *：</translation>
    </message>
    <message>
        <source>Letter no.:</source>
        <translation>委托函文号：</translation>
    </message>
    <message>
        <source>Received on *:</source>
        <translation>收到委托日期 *：</translation>
    </message>
    <message>
        <source>Fast-track procedure (5 working days)</source>
        <translation>适用速裁程序（5个工作日）</translation>
    </message>
    <message>
        <source>Extended until:</source>
        <translation>延期至：</translation>
    </message>
    <message>
        <source>Extension agreed:</source>
        <translation>延期协商情况：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>完成期限：</translation>
    </message>
    <message>
        <source>Name *:</source>
        <translation>姓名 *：</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>被告人</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>罪犯</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Assessed as:</source>
        <translation>被评估人身份：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号码：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>A minor (kept confidential)</source>
        <translation>未成年人（保密）</translation>
    </message>
    <message>
        <source>Residence:</source>
        <translation>居住地：</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>罪名：</translation>
    </message>
    <message>
        <source>Sentence proposed:</source>
        <translation>拟判刑罚：</translation>
    </message>
    <message>
        <source>Correction type proposed:</source>
        <translation>拟适用矫正类别：</translation>
    </message>
    <message>
        <source>What was investigated</source>
        <translation>调查事项</translation>
    </message>
    <message>
        <source>Family and social ties:</source>
        <translation>家庭和社会关系：</translation>
    </message>
    <message>
        <source>Conduct as a rule:</source>
        <translation>一贯表现：</translation>
    </message>
    <message>
        <source>Harm and impact of the crime:</source>
        <translation>犯罪行为的后果和影响：</translation>
    </message>
    <message>
        <source>Committee&apos;s and victim&apos;s views:</source>
        <translation>村（居）民委员会和被害人意见：</translation>
    </message>
    <message>
        <source>Proposed prohibitions:</source>
        <translation>拟禁止的事项：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Pre-sentence assessment: %1</source>
        <translation>调查评估：%1</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::AssessmentsDialog</name>
    <message>
        <source>Suitable for community correction</source>
        <translation>建议适用社区矫正</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>建议不适用社区矫正</translation>
    </message>
    <message>
        <source>Pre-sentence assessments</source>
        <translation>调查评估</translation>
    </message>
    <message>
        <source>Entrusted by the court, the procuratorate, the police or the prison: due 10 working days after receipt (5 for fast-track cases) unless extended by agreement.</source>
        <translation>受人民法院、人民检察院、公安机关或监狱委托：应自收到委托之日起10个工作日内完成（适用速裁程序的为5个工作日），经协商同意延期的除外。</translation>
    </message>
    <message>
        <source>New entrustment…</source>
        <translation>新增委托…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Give the opinion…</source>
        <translation>出具意见…</translation>
    </message>
    <message>
        <source>Only those without an opinion</source>
        <translation>仅显示未出具意见的</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Entrusted by</source>
        <translation>委托单位</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>委托函文号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Proposed type</source>
        <translation>拟适用类别</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>评估意见</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>共 %n 件调查评估</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without an opinion</source>
        <translation>
            <numerusform>，其中 %n 件未出具意见</numerusform>
        </translation>
    </message>
    <message>
        <source>The assessment&apos;s opinion</source>
        <translation>调查评估意见</translation>
    </message>
    <message>
        <source>%1, entrusted by %2. The opinion goes to the entrusting body (调查评估意见书).</source>
        <translation>%1，委托单位：%2。评估意见以调查评估意见书送达委托单位。</translation>
    </message>
    <message>
        <source>Opinion *:</source>
        <translation>评估意见 *：</translation>
    </message>
    <message>
        <source>Findings *:</source>
        <translation>调查评估情况 *：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Date *:</source>
        <translation>日期 *：</translation>
    </message>
</context>
<context>
    <name>sifa::ui::AssistTab</name>
    <message>
        <source>Placement</source>
        <translation>安置</translation>
    </message>
    <message>
        <source>From</source>
        <translation>安置日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>安置方式</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>就业单位</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>从事工作</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>社会保险</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>税费减免</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation>社会救助</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>救助日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>救助单位</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>No home, no job, no family to rely on (三无): help with subsistence is expected.</source>
        <translation>三无人员（无家可归、无业可就、无亲可投）：应协助解决基本生活问题。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::AttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add a file to the case</source>
        <translation>向案件添加文件</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>No program is set up to open %1. It was saved to %2.</source>
        <translation>没有可打开 %1 的程序。文件已保存到 %2。</translation>
    </message>
    <message>
        <source>Export the attachment</source>
        <translation>导出附件</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Why is %1 removed? It can be restored from the change log.</source>
        <translation>删除 %1 的原因是什么？删除后可从变更日志中恢复。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action, e.g. auth or person</source>
        <translation>操作，例如 auth 或 person</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>核验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 records; narrow the filter to see older ones.</source>
        <translation>显示共 %2 条记录中最新的 %1 条；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain of %n record(s) is intact: nothing was edited, removed or reordered.</source>
        <translation>
            <numerusform>%n 条记录的哈希链完好：没有记录被修改、删除或调换顺序。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation>审计日志已被篡改：</translation>
    </message>
</context>
<context>
    <name>sifa::ui::CaseWindow</name>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Mediators / investigators</source>
        <translation>调解员/调查人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Correct the record…</source>
        <translation>更正记录…</translation>
    </message>
    <message>
        <source>Remove the record…</source>
        <translation>删除记录…</translation>
    </message>
    <message>
        <source>Investigation and sessions</source>
        <translation>调查与调解</translation>
    </message>
    <message>
        <source>Correct the agreement…</source>
        <translation>更正调解协议…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No case number yet</source>
        <translation>尚无案号</translation>
    </message>
    <message>
        <source>Print forms…</source>
        <translation>打印文书…</translation>
    </message>
    <message>
        <source>The case&apos;s forms, filled in or blank, and the whole case file (Ctrl+P)</source>
        <translation>本案的文书（填写或空白）及整本卷宗（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>sifa::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The administrator set a temporary password for %1. Choose your own before you go on.</source>
        <translation>系统管理员为 %1 设置了临时密码。请先设置您自己的密码再继续。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::ChartAdapter</name>
    <message>
        <source>%1: %2%3</source>
        <extracomment>A chart&apos;s tooltip: %1 the series (a year) and the category (a month), %2 the value, %3 its unit</extracomment>
        <translation>%1：%2%3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Click to list the records.</source>
        <translation>单击查看记录明细。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::ChecksView</name>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>A figure a check names, as links: %1 its name (selects it), %2 its value, %3 &quot;records&quot; (lists them)</extracomment>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation>全部审核通过。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::CodeComboBox</name>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Code %1 (not in the table)</source>
        <translation>代码 %1（不在代码表中）</translation>
    </message>
</context>
<context>
    <name>sifa::ui::CommitteesPage</name>
    <message>
        <source>People&apos;s mediation committees</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New &amp;committee…</source>
        <translation>新建调委会(&amp;C)…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>所属调委会</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>SifaDesk account</source>
        <translation>司法所工作台账户</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>聘任日期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>New &amp;mediator…</source>
        <translation>新增调解员(&amp;M)…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>New committee</source>
        <translation>新建调委会</translation>
    </message>
    <message>
        <source>Change the committee</source>
        <translation>修改调委会</translation>
    </message>
    <message>
        <source>Name *:</source>
        <translation>名称 *：</translation>
    </message>
    <message>
        <source>e.g. 东门村人民调解委员会</source>
        <translation>例如：东门村人民调解委员会</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Remove the committee</source>
        <translation>删除调委会</translation>
    </message>
    <message>
        <source>Why is %1 removed?</source>
        <translation>删除 %1 的原因是什么？</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>调委会</translation>
    </message>
    <message>
        <source>New mediator</source>
        <translation>新增调解员</translation>
    </message>
    <message>
        <source>Change the mediator</source>
        <translation>修改调解员</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>所属调委会：</translation>
    </message>
    <message>
        <source>Full-time mediator</source>
        <translation>专职调解员</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>SifaDesk account:</source>
        <translation>司法所工作台账户：</translation>
    </message>
    <message>
        <source>the user name, so the mediator&apos;s cases fill their to-do list</source>
        <translation>填写用户名，该调解员的案件将列入其待办事项</translation>
    </message>
    <message>
        <source>Appointed on:</source>
        <translation>聘任日期：</translation>
    </message>
</context>
<context>
    <name>sifa::ui::CorrectionPage</name>
    <message>
        <source>Community correction</source>
        <translation>社区矫正</translation>
    </message>
    <message>
        <source>Search: name or pinyin (zs), ID or phone fragment, charge, subject number</source>
        <translation>搜索：姓名或拼音首字母（zs）、身份证号码或联系电话片段、罪名、矫正对象编号</translation>
    </message>
    <message>
        <source>Search subjects</source>
        <translation>搜索社区矫正对象</translation>
    </message>
    <message>
        <source>&amp;Register a subject…</source>
        <translation>登记社区矫正对象(&amp;R)…</translation>
    </message>
    <message>
        <source>From the judgment and the notice of execution (Ctrl+N)</source>
        <translation>根据判决书和执行通知书登记（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Assessments…</source>
        <translation>调查评估(&amp;A)…</translation>
    </message>
    <message>
        <source>Pre-sentence assessments entrusted to the office, with their due dates</source>
        <translation>本所受委托的调查评估及其完成期限</translation>
    </message>
    <message>
        <source>&amp;Key period…</source>
        <translation>重点时段(&amp;K)…</translation>
    </message>
    <message>
        <source>Daily reports for chosen people during a holiday or major event</source>
        <translation>节假日或重大活动期间，指定人员每日报告</translation>
    </message>
    <message>
        <source>Sealed file…</source>
        <translation>封存档案…</translation>
    </message>
    <message>
        <source>Open a sealed file of a minor with the approval that allows it</source>
        <translation>凭相关批准查阅未成年社区矫正对象的封存档案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>在册档案</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>全部档案</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>管理类别</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部管理类别</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>矫正类别</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部矫正类别</translation>
    </message>
    <message>
        <source>Show full ID numbers</source>
        <translation>显示完整身份证号码</translation>
    </message>
    <message>
        <source>Showing full ID numbers is recorded in the audit trail.</source>
        <translation>显示完整身份证号码的操作将记入审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source> · full ID numbers shown (recorded in the audit trail)</source>
        <translation> · 已显示完整身份证号码（已记入审计日志）</translation>
    </message>
    <message>
        <source>Open a sealed file</source>
        <translation>查阅封存档案</translation>
    </message>
    <message>
        <source>A minor&apos;s sealed file is opened only with the approval that allows it; the opening is recorded in the audit trail.</source>
        <translation>未成年社区矫正对象的封存档案须凭相关批准方可查阅；查阅情况将记入审计日志。</translation>
    </message>
    <message>
        <source>ID number *:</source>
        <translation>身份证号码 *：</translation>
    </message>
    <message>
        <source>Approval no. *:</source>
        <translation>批准文号 *：</translation>
    </message>
</context>
<context>
    <name>sifa::ui::DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>工作概览</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>As of %1. Click a bar, point or slice to list its records. (Counted in %2 ms, drawn in %3 ms.)</source>
        <extracomment>%1 the date, %2 and %3 milliseconds</extracomment>
        <translation>数据截至%1。单击柱形、数据点或扇区可查看记录明细。（统计用时 %2 毫秒，绘图用时 %3 毫秒。）</translation>
    </message>
    <message>
        <source>There is nothing your role may see here.</source>
        <translation>您的角色在此无可查看的内容。</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Saves this chart as a picture.</source>
        <translation>将此图表另存为图片。</translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>暂无可统计的数据。</translation>
    </message>
    <message>
        <source>Records behind a value</source>
        <translation>记录明细</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入%1。</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为%1。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Backup of %1 (%2)</source>
        <translation>%1 的备份（%2）</translation>
    </message>
    <message>
        <source>Backups of this database:</source>
        <translation>此数据库的备份：</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Set up a new database…</source>
        <translation>建立新数据库…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>sifa::ui::DateField</name>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>sifa::ui::DisputeDialog</name>
    <message>
        <source>Register a dispute</source>
        <translation>登记纠纷</translation>
    </message>
    <message>
        <source>The dispute</source>
        <translation>纠纷情况</translation>
    </message>
    <message>
        <source>e.g. 石浦派出所</source>
        <translation>例如：石浦派出所</translation>
    </message>
    <message>
        <source>left empty: the parties&apos; names</source>
        <translation>留空则使用当事人姓名</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Amount involved:</source>
        <translation>涉及金额：</translation>
    </message>
    <message>
        <source>Registered on *:</source>
        <translation>登记日期 *：</translation>
    </message>
    <message>
        <source>&amp;Source *:</source>
        <translation>案件来源(&amp;S) *：</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>移送/委托方：</translation>
    </message>
    <message>
        <source>Referring body:</source>
        <translation>移送/委托单位名称：</translation>
    </message>
    <message>
        <source>Found by screening:</source>
        <translation>排查发现：</translation>
    </message>
    <message>
        <source>&amp;Type *:</source>
        <translation>纠纷类型(&amp;T) *：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>S&amp;ummary *:</source>
        <translation>纠纷简要情况(&amp;U) *：</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>当事人请求：</translation>
    </message>
    <message>
        <source>Persons involved:</source>
        <translation>涉及人数：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>发生地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>调委会(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Lead mediator:</source>
        <translation>主持调解员(&amp;L)：</translation>
    </message>
    <message>
        <source>Assisting mediator:</source>
        <translation>协助调解员：</translation>
    </message>
    <message>
        <source>Parties *</source>
        <translation>当事人 *</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>&amp;Add a party…</source>
        <translation>添加当事人(&amp;A)…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Risk and prevention</source>
        <translation>风险与防范</translation>
    </message>
    <message>
        <source>Group dispute, persons:</source>
        <translation>群体性纠纷，人数：</translation>
    </message>
    <message>
        <source>Major or difficult dispute</source>
        <translation>重大疑难纠纷</translation>
    </message>
    <message>
        <source>Reported to the police (Art. 25)</source>
        <translation>已报告公安机关（第二十五条）</translation>
    </message>
    <message>
        <source>&amp;Risk level:</source>
        <translation>风险等级(&amp;R)：</translation>
    </message>
    <message>
        <source>Prevented a civil dispute turning criminal</source>
        <translation>防止民转刑</translation>
    </message>
    <message>
        <source>Prevented a group petition</source>
        <translation>防止群体性上访</translation>
    </message>
    <message>
        <source>Prevented a group fight</source>
        <translation>防止群体性械斗</translation>
    </message>
    <message>
        <source>Prevented a suicide</source>
        <translation>防止自杀</translation>
    </message>
    <message>
        <source> persons</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(choose the screening)</source>
        <translation>（请选择排查记录）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Correct the registration of %1</source>
        <translation>更正 %1 的登记信息</translation>
    </message>
    <message>
        <source>%1 (legal representative %2)</source>
        <translation>%1（法定代表人 %2）</translation>
    </message>
    <message>
        <source>Write the amount in yuan, e.g. 1500 or 1500.50.</source>
        <translation>金额请以元为单位填写，例如 1500 或 1500.50。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::DivisionPicker</name>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
</context>
<context>
    <name>sifa::ui::DrillDialog</name>
    <message>
        <source>Records behind &quot;%1&quot;</source>
        <extracomment>The window listing the records behind a figure: %1 the figure</extracomment>
        <translation>“%1”的记录明细</translation>
    </message>
    <message>
        <source>%1
Double-click or press Enter to open the record.</source>
        <translation>%1
双击或按回车键打开记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Together: %1.</source>
        <translation>合计：%1。</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open its record.</source>
        <translation>双击某行（或按回车键）打开对应记录。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Saves this list as an Excel workbook (XLSX) or a CSV file.</source>
        <translation>将此列表保存为 Excel 工作簿（XLSX）或 CSV 文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为%1。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::EditFileDialog</name>
    <message>
        <source>Correct the file: %1</source>
        <translation>更正档案：%1</translation>
    </message>
    <message>
        <source>Corrections are kept in the file&apos;s history. The person&apos;s own data is corrected in the people index; the hand-over, the category and the end are steps of the file.</source>
        <translation>更正内容记入档案历史。人员本人信息在人员库中更正；衔接、帮教类别和解除帮教作为档案的办理步骤另行登记。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::EndTab</name>
    <message>
        <source>Moves and returns to prison</source>
        <translation>迁出及重新收监</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>To</source>
        <translation>迁往</translation>
    </message>
    <message>
        <source>The other office</source>
        <translation>对方司法所</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>sifa::ui::FigureTable</name>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Double-click or press Enter to list the records.</source>
        <translation>双击或按回车键查看记录明细。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::FileFields</name>
    <message>
        <source>The release</source>
        <translation>释放情况</translation>
    </message>
    <message>
        <source>Source *:</source>
        <translation>人员来源 *：</translation>
    </message>
    <message>
        <source>Released on *:</source>
        <translation>释放日期 *：</translation>
    </message>
    <message>
        <source>Assistance ends:</source>
        <translation>帮教期满日期：</translation>
    </message>
    <message>
        <source>Released by (prison):</source>
        <translation>释放单位（监狱）：</translation>
    </message>
    <message>
        <source>Release certificate no.:</source>
        <translation>释放证明书编号：</translation>
    </message>
    <message>
        <source>Prison notice no.:</source>
        <translation>刑满释放人员通知书编号：</translation>
    </message>
    <message>
        <source>Released early (commutation or parole)</source>
        <translation>提前释放（减刑或假释）</translation>
    </message>
    <message>
        <source>Why early:</source>
        <translation>提前释放原因：</translation>
    </message>
    <message>
        <source>File number:</source>
        <translation>档案编号：</translation>
    </message>
    <message>
        <source>Officer in charge:</source>
        <translation>帮教责任人：</translation>
    </message>
    <message>
        <source>left empty: you (%1)</source>
        <translation>留空则为当前用户（%1）</translation>
    </message>
    <message>
        <source>The offence</source>
        <translation>犯罪情况</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>罪名：</translation>
    </message>
    <message>
        <source>Type of crime:</source>
        <translation>犯罪类型：</translation>
    </message>
    <message>
        <source>Original sentence:</source>
        <translation>原判刑罚：</translation>
    </message>
    <message>
        <source>Fixed-term imprisonment</source>
        <translation>有期徒刑</translation>
    </message>
    <message>
        <source>Criminal detention</source>
        <translation>拘役</translation>
    </message>
    <message>
        <source>Public surveillance</source>
        <translation>管制</translation>
    </message>
    <message>
        <source>Life imprisonment</source>
        <translation>无期徒刑</translation>
    </message>
    <message>
        <source>Death with reprieve</source>
        <translation>死刑缓期执行</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>刑期：</translation>
    </message>
    <message>
        <source>Additional penalty:</source>
        <translation>附加刑：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>罚金</translation>
    </message>
    <message>
        <source>Deprivation of political rights</source>
        <translation>剥夺政治权利</translation>
    </message>
    <message>
        <source>Confiscation of property</source>
        <translation>没收财产</translation>
    </message>
    <message>
        <source>Prior convictions:</source>
        <translation>前科：</translation>
    </message>
    <message>
        <source>Recidivist</source>
        <translation>累犯</translation>
    </message>
    <message>
        <source>Drug history:</source>
        <translation>吸毒史：</translation>
    </message>
    <message>
        <source>Conduct in prison:</source>
        <translation>服刑期间表现：</translation>
    </message>
    <message>
        <source>Attitude to the crime:</source>
        <translation>认罪悔罪态度：</translation>
    </message>
    <message>
        <source>The person now</source>
        <translation>现实情况</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>技能特长：</translation>
    </message>
    <message>
        <source>Training in prison:</source>
        <translation>服刑期间培训：</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>资格证书：</translation>
    </message>
    <message>
        <source>State of mind:</source>
        <translation>思想状况：</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>健康状况：</translation>
    </message>
    <message>
        <source>No home</source>
        <translation>无家可归</translation>
    </message>
    <message>
        <source>No job</source>
        <translation>无业可就</translation>
    </message>
    <message>
        <source>No family to rely on</source>
        <translation>无亲可投</translation>
    </message>
    <message>
        <source>Listed in two places (lives away from the household)</source>
        <translation>双列管（人户分离）</translation>
    </message>
    <message>
        <source>The other office:</source>
        <translation>对方司法所：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>By the rules for this source: %1</source>
        <translation>按此来源的规定：%1</translation>
    </message>
</context>
<context>
    <name>sifa::ui::FirstRunWizard</name>
    <message>
        <source>Set up SifaDesk</source>
        <translation>司法所工作台初始设置</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Welcome to SifaDesk</source>
        <translation>欢迎使用司法所工作台</translation>
    </message>
    <message>
        <source>SifaDesk keeps your office&apos;s mediation cases, community correction and resettlement files in one database on this computer.</source>
        <translation>司法所工作台将本所的调解案件、社区矫正档案和安置帮教档案统一保存在本机的一个数据库中。</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>请选择要进行的操作：</translation>
    </message>
    <message>
        <source>Set up a new database for this office</source>
        <translation>为本机构建立新数据库</translation>
    </message>
    <message>
        <source>Open an existing SifaDesk database</source>
        <translation>打开已有的司法所工作台数据库</translation>
    </message>
    <message>
        <source>Restore a database from a backup file</source>
        <translation>从备份文件恢复数据库</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>本机构信息</translation>
    </message>
    <message>
        <source>The office code is the township&apos;s administrative division code: the 6-digit county code (GB/T 2260) and the 3-digit township code (GB/T 10114).</source>
        <translation>机构代码即乡镇的行政区划代码：6位县级代码（GB/T 2260）加3位乡镇代码（GB/T 10114）。</translation>
    </message>
    <message>
        <source>Township judicial office (司法所)</source>
        <translation>乡镇司法所</translation>
    </message>
    <message>
        <source>County judicial bureau (县司法局)</source>
        <translation>县司法局</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>机构类型：</translation>
    </message>
    <message>
        <source>e.g. 330225101</source>
        <translation>例如 330225101</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>机构代码</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>机构代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>数据库文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Backups are kept in a &quot;backups&quot; folder beside the database file.</source>
        <translation>备份保存在数据库文件旁的“backups”文件夹中。</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>首位系统管理员</translation>
    </message>
    <message>
        <source>The administrator adds the office&apos;s users and looks after settings and backups. Case files are not open to the administrator: add your own account for daily work afterwards.</source>
        <translation>系统管理员负责添加本所用户、管理设置和备份，但不能查看案件档案。日常工作请另行添加本人账户。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>At least %1 characters. Write it down and keep it in the office safe: nobody can recover a forgotten administrator password.</source>
        <translation>至少 %1 个字符。请抄写下来，存放在所里的保险柜中：系统管理员密码一旦遗忘，任何人都无法找回。</translation>
    </message>
    <message>
        <source>Ready to set up</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>打开已有数据库</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup is checked before anything is written. If a database already exists at the target, it is kept as a safety copy in its backup folder.</source>
        <translation>写入前会先检查备份。如果目标位置已有数据库，会将其作为安全副本保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>备份文件(&amp;B)：</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>恢复到(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>SifaDesk backups (*.sifabak);;All files (*)</source>
        <translation>司法所工作台备份 (*.sifabak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>SifaDesk databases (*.sqlite);;All files (*)</source>
        <translation>司法所工作台数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>&lt;p&gt;SifaDesk will create the database for &lt;b&gt;%1&lt;/b&gt; (%2, code %3) in&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;The administrator is &lt;b&gt;%5&lt;/b&gt;. Sign in with this account after Finish, add the office&apos;s users under &lt;i&gt;Users&lt;/i&gt;, and check the office settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;司法所工作台将为 &lt;b&gt;%1&lt;/b&gt;（%2，代码 %3）建立数据库，位置：&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;。&lt;/p&gt;&lt;p&gt;系统管理员为 &lt;b&gt;%5&lt;/b&gt;。点击“完成”后，请用此账户登录，在&lt;i&gt;用户&lt;/i&gt;页面添加本所用户，并检查机构设置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>county judicial bureau</source>
        <translation>县司法局</translation>
    </message>
    <message>
        <source>township judicial office</source>
        <translation>乡镇司法所</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Choose a file name that does not exist yet. To use an existing database, go back and choose &quot;Open an existing SifaDesk database&quot;.</source>
        <translation>请选择一个尚不存在的文件名。如要使用已有数据库，请返回上一步，选择“打开已有的司法所工作台数据库”。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>This file is not a SifaDesk database.</source>
        <translation>此文件不是司法所工作台数据库。</translation>
    </message>
    <message>
        <source>There is no file there.</source>
        <translation>找不到该文件。</translation>
    </message>
    <message>
        <source>The database could not be created</source>
        <translation>未能建立数据库</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Choose the backup file and where to restore it.</source>
        <translation>请选择备份文件和恢复到的位置。</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>未能恢复备份</translation>
    </message>
</context>
<context>
    <name>sifa::ui::FormDialog</name>
    <message>
        <source>yuan, e.g. 1500 or 1500.50</source>
        <translation>元，例如 1500 或 1500.50</translation>
    </message>
</context>
<context>
    <name>sifa::ui::GroupTab</name>
    <message>
        <source>Assistance group</source>
        <translation>帮教小组</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Taking part as</source>
        <translation>参与身份</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与本人关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Assistance agreements</source>
        <translation>帮教协议</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>协议各方</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>For the family</source>
        <translation>家属签字人</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>协议义务</translation>
    </message>
</context>
<context>
    <name>sifa::ui::HomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>本机构</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>Open the people index</source>
        <translation>打开人员库</translation>
    </message>
    <message>
        <source>People index</source>
        <translation>人员库</translation>
    </message>
    <message>
        <source>Backups and checks</source>
        <translation>备份与检查</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>代码 %1</translation>
    </message>
    <message>
        <source>You may: %1.</source>
        <translation>您可以：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the people index, shared by all modules.</source>
        <translation>
            <numerusform>人员库共有 %n 人，各业务模块共用。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>此数据库尚无备份。</translation>
    </message>
    <message numerus="yes">
        <source>Newest backup: %1 (%n backup(s) kept).</source>
        <translation>
            <numerusform>最近一次备份：%1（共保留 %n 份备份）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::ImportDialog</name>
    <message>
        <source>Import a mediation ledger</source>
        <translation>导入调解台账</translation>
    </message>
    <message>
        <source>Choose the ledger you kept in Excel (.xlsx) or saved as CSV. Every row is checked first and nothing is written until the whole file is right: fix the rows listed below in your file, save it, and choose it again.</source>
        <translation>请选择用 Excel 记录的台账（.xlsx）或另存为 CSV 的台账。系统会先逐行检查，整个文件无误后才写入：请在文件中修改下列各行，保存后重新选择该文件。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>How the columns were understood</source>
        <translation>列的识别结果</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>待修改的行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a ledger</source>
        <translation>选择台账</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>台账 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>检查已中止。</translation>
    </message>
    <message numerus="yes">
        <source>%1 file%2, header in line %3, %n row(s) with data.</source>
        <translation>
            <numerusform>%1 文件%2，表头位于第 %3 行，共 %n 行数据。</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 件</translation>
    </message>
    <message>
        <source>The cases will enter: %1.</source>
        <translation>导入后案件状态：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s) in the people index</source>
        <translation>
            <numerusform>人员库新增 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) linked to people already there</source>
        <translation>
            <numerusform>%n 名当事人关联到已有人员</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>New mediators: %1.</source>
        <translation>新增调解员：%1。</translation>
    </message>
    <message>
        <source>New committees: %1.</source>
        <translation>新增调委会：%1。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Rows to fix: none</source>
        <translation>待修改的行：无</translation>
    </message>
    <message numerus="yes">
        <source>Rows to fix: %n problem(s) — nothing can be imported until they are fixed</source>
        <translation>
            <numerusform>待修改的行：%n 个问题 — 修改之前无法导入</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows under its header.</source>
        <translation>文件表头下方没有数据行。</translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing has been written yet.</source>
        <translation>所有行均可导入。目前尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Fix the rows listed in your file, save it and choose it again.</source>
        <translation>请在文件中修改所列各行，保存后重新选择该文件。</translation>
    </message>
    <message>
        <source>Importing… (Close stops the import; nothing is written then)</source>
        <translation>正在导入…（点击“关闭”将中止导入，不写入任何内容）</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>导入已中止，未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 件案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>sifa::ui::KeyPeriodDialog</name>
    <message>
        <source>Declare a key period</source>
        <translation>设置重点时段</translation>
    </message>
    <message>
        <source>During a key period (a holiday, a major event) the chosen people report every day.</source>
        <translation>重点时段（节假日、重大活动期间）内，所选社区矫正对象须每日报告。</translation>
    </message>
    <message>
        <source>Name *:</source>
        <translation>名称 *：</translation>
    </message>
    <message>
        <source>e.g. 春节期间</source>
        <translation>例如：春节期间</translation>
    </message>
    <message>
        <source>From *:</source>
        <translation>开始日期 *：</translation>
    </message>
    <message>
        <source>Until *:</source>
        <translation>结束日期 *：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Strict grade</source>
        <translation>严管</translation>
    </message>
    <message>
        <source>Everyone under the strict grade</source>
        <translation>选中全部严管对象</translation>
    </message>
    <message>
        <source>Who *:</source>
        <translation>社区矫正对象 *：</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
</context>
<context>
    <name>sifa::ui::LedgerModel</name>
    <message>
        <source>(not yet accepted)</source>
        <translation>（尚未受理）</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>调委会</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
</context>
<context>
    <name>sifa::ui::LedgerPage</name>
    <message>
        <source>Search: party name or pinyin (zs), case number, ID or phone fragment, words of the summary</source>
        <translation>搜索：当事人姓名或拼音首字母（zs）、案号、身份证号码或联系电话片段、简要情况中的词语</translation>
    </message>
    <message>
        <source>Search disputes</source>
        <translation>搜索纠纷</translation>
    </message>
    <message>
        <source>&amp;Register a dispute…</source>
        <translation>登记纠纷(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Agreed, being performed</source>
        <translation>已达成协议，履行中</translation>
    </message>
    <message>
        <source>Closed, not archived</source>
        <translation>已结案，未归档</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>调委会</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <source>Accepted from</source>
        <translation>受理日期自</translation>
    </message>
    <message>
        <source>The acceptance date, or the registration date of a case not yet accepted.</source>
        <translation>受理日期；尚未受理的案件按登记日期。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>全部调委会</translation>
    </message>
    <message>
        <source>All mediators</source>
        <translation>全部调解员</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件案件</numerusform>
        </translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · 正在加载…</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Mediation ledger %1.xlsx</source>
        <translation>调解台账 %1.xlsx</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the ledger…</source>
        <translation>正在导出台账…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 件案件导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Blank forms and the register (人民调解案件登记簿) for a period</source>
        <translation>空白文书及某一期间的人民调解案件登记簿</translation>
    </message>
</context>
<context>
    <name>sifa::ui::LockDialog</name>
    <message>
        <source>SifaDesk is locked</source>
        <translation>司法所工作台已锁定</translation>
    </message>
    <message>
        <source>The screen was locked after a period without use. Enter the password of %1 to go on, or sign out.</source>
        <translation>由于一段时间未操作，屏幕已锁定。请输入 %1 的密码继续使用，或注销。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>The screen is locked. Enter the password of %1 to go on, or sign out.</source>
        <translation>屏幕已锁定。请输入 %1 的密码继续使用，或注销。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::MainWindow</name>
    <message>
        <source>%1 — SifaDesk</source>
        <translation>%1 — 司法所工作台</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed in: %1 · %2</source>
        <translation>当前用户：%1 · %2</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Community correction</source>
        <translation>社区矫正</translation>
    </message>
    <message>
        <source>Resettlement</source>
        <translation>安置帮教</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>Data exchange with the county (数据交换)</source>
        <translation>与县局数据交换</translation>
    </message>
    <message>
        <source>Signed, encrypted bundles carried to the county bureau on USB or by mail.</source>
        <translation>经签名和加密的数据包，通过U盘或邮寄报送县司法局。</translation>
    </message>
    <message>
        <source>send the office&apos;s changes to the county bureau</source>
        <translation>将本所的数据变更报送县司法局</translation>
    </message>
    <message>
        <source>import the county&apos;s decisions, transfers and rule updates</source>
        <translation>导入县局的决定、移交事项和规则更新</translation>
    </message>
    <message>
        <source>resolve conflicting edits without losing anything</source>
        <translation>处理修改冲突，不丢失任何数据</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员库</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Backups and checks…</source>
        <translation>备份与检查(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>注销(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SifaDesk</source>
        <translation>关于司法所工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About SifaDesk</source>
        <translation>关于司法所工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SifaDesk %1&lt;/h3&gt;&lt;p&gt;Case management for township judicial offices (司法所工作台).&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;司法所工作台 %1&lt;/h3&gt;&lt;p&gt;乡镇司法所业务管理软件。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>工作概览</translation>
    </message>
</context>
<context>
    <name>sifa::ui::MaintenancePanel</name>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>Back up to a &amp;file…</source>
        <translation>备份到文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <source>Checks the file&apos;s integrity, the audit trail&apos;s hash chain, and that every record matches the change log it was built from.</source>
        <translation>检查文件完整性、审计日志的哈希链，并核对每条记录与其所依据的变更日志是否一致。</translation>
    </message>
    <message>
        <source>Run the &amp;check</source>
        <translation>开始检查(&amp;C)</translation>
    </message>
    <message>
        <source>Backups are kept in %1. SifaDesk backs up once a day and when it closes.</source>
        <translation>备份保存在 %1。司法所工作台每天备份一次，关闭时也会备份。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Back up to a file</source>
        <translation>备份到文件</translation>
    </message>
    <message>
        <source>SifaDesk backups (*.sifabak)</source>
        <translation>司法所工作台备份 (*.sifabak)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>请先在列表中选择一个备份。</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>SifaDesk backups (*.sifabak);;All files (*)</source>
        <translation>司法所工作台备份 (*.sifabak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File integrity: sound.</source>
        <translation>文件完整性：正常。</translation>
    </message>
    <message>
        <source>File integrity: %1</source>
        <translation>文件完整性：%1</translation>
    </message>
    <message>
        <source>References: sound.</source>
        <translation>引用关系：正常。</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>引用关系：%1</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n record(s), chain intact.</source>
        <translation>
            <numerusform>审计日志：%n 条记录，哈希链完好。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>审计日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>Change log: %n record(s) match it.</source>
        <translation>
            <numerusform>变更日志：%n 条记录与之一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change log: %1</source>
        <translation>变更日志：%1</translation>
    </message>
    <message>
        <source>Result: everything is in order.</source>
        <translation>结果：一切正常。</translation>
    </message>
    <message>
        <source>Result: problems found; restore a backup or call support.</source>
        <translation>结果：发现问题。请恢复备份，或联系技术支持。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::MediationPage</name>
    <message>
        <source>People&apos;s mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Mediation ledger</source>
        <translation>调解台账</translation>
    </message>
    <message>
        <source>Screening log</source>
        <translation>排查记录</translation>
    </message>
    <message>
        <source>Committees and mediators</source>
        <translation>调委会和调解员</translation>
    </message>
</context>
<context>
    <name>sifa::ui::ModulePreviewPage</name>
    <message>
        <source>This module is not available in this version of SifaDesk yet.</source>
        <translation>本版本的司法所工作台尚未提供此模块。</translation>
    </message>
    <message>
        <source>It will let you:</source>
        <translation>此模块将可以：</translation>
    </message>
</context>
<context>
    <name>sifa::ui::MonitoringTab</name>
    <message>
        <source>Electronic monitoring</source>
        <translation>电子定位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>Approval no.</source>
        <translation>批准文号</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>Start monitoring…</source>
        <translation>使用电子定位…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延长…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>失联</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>失联日期</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>找到日期</translation>
    </message>
    <message>
        <source>Police told</source>
        <translation>通知公安机关</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查找情况</translation>
    </message>
    <message>
        <source>Contact lost…</source>
        <translation>登记失联…</translation>
    </message>
    <message>
        <source>Search and finding…</source>
        <translation>查找情况…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Electronic monitoring until %1.</source>
        <translation>使用电子定位至 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Contact lost since %1 (%n day(s)): search for the person, with the police.</source>
        <translation>
            <numerusform>自 %1 起失联（%n 日）：请会同公安机关查找。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not monitored electronically; no open loss of contact.</source>
        <translation>未使用电子定位；无未结的失联记录。</translation>
    </message>
    <message>
        <source>Only with the approval of the head of the county judicial bureau, on a ground of 社区矫正法第二十九条, for at most three months at a time.</source>
        <translation>须符合社区矫正法第二十九条规定的情形，并经县司法局负责人批准，每次使用期限不超过三个月。</translation>
    </message>
    <message>
        <source>Ground *:</source>
        <translation>适用情形 *：</translation>
    </message>
    <message>
        <source>Approval no. *:</source>
        <translation>批准文号 *：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <source>From *:</source>
        <translation>开始日期 *：</translation>
    </message>
    <message>
        <source>Until *:</source>
        <translation>截止日期 *：</translation>
    </message>
    <message>
        <source>Start electronic monitoring</source>
        <translation>使用电子定位</translation>
    </message>
    <message>
        <source>Extend electronic monitoring</source>
        <translation>延长电子定位</translation>
    </message>
    <message>
        <source>End electronic monitoring</source>
        <translation>解除电子定位</translation>
    </message>
    <message>
        <source>The device is removed and monitoring ends.</source>
        <translation>拆除定位装置，电子定位结束。</translation>
    </message>
    <message>
        <source>Ended on *:</source>
        <translation>解除日期 *：</translation>
    </message>
    <message>
        <source>Search and finding</source>
        <translation>查找情况</translation>
    </message>
    <message>
        <source>Search at once; the police assist (社区矫正法第三十条).</source>
        <translation>应立即组织查找，公安机关予以协助（社区矫正法第三十条）。</translation>
    </message>
    <message>
        <source>Contact lost on *:</source>
        <translation>失联日期 *：</translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation>找到日期：</translation>
    </message>
    <message>
        <source>The police were told</source>
        <translation>已通知公安机关</translation>
    </message>
    <message>
        <source>The search:</source>
        <translation>查找情况：</translation>
    </message>
    <message>
        <source>Remove the record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Why is this record removed? The change log keeps it.</source>
        <translation>删除此记录的原因是什么？变更日志中会保留该记录。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::NoticesDialog</name>
    <message>
        <source>Prison release notices</source>
        <translation>刑满释放人员通知书</translation>
    </message>
    <message>
        <source>A prison sends the notice about a month before the release. Check the person on the ground, tell the family, and open the file on release; people not located go on the monthly list of people not handed over.</source>
        <translation>监狱一般在释放前一个月左右寄送通知书。请实地核查人员情况、通知家属，并在释放时建立档案；未能落实的人员列入每月未衔接人员名单。</translation>
    </message>
    <message>
        <source>Also notices done with (file opened, lives elsewhere)</source>
        <translation>同时显示已办结的通知书（已建档、居住在外地）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>监狱</translation>
    </message>
    <message>
        <source>Release expected</source>
        <translation>预定释放日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核查情况</translation>
    </message>
    <message>
        <source>Family told</source>
        <translation>通知家属</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>罪名</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Add a notice…</source>
        <translation>登记通知书…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Checked on the ground…</source>
        <translation>实地核查…</translation>
    </message>
    <message>
        <source>Family told…</source>
        <translation>通知家属…</translation>
    </message>
    <message>
        <source>Open the file…</source>
        <translation>建立档案…</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n 份通知书</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the file</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>Add a prison notice</source>
        <translation>新增刑满释放人员通知书</translation>
    </message>
    <message>
        <source>Change a prison notice</source>
        <translation>修改刑满释放人员通知书</translation>
    </message>
    <message>
        <source>As the prison&apos;s notice (刑满释放人员通知书) gives it.</source>
        <translation>按监狱发出的刑满释放人员通知书填写。</translation>
    </message>
    <message>
        <source>Name *:</source>
        <translation>姓名 *：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号码：</translation>
    </message>
    <message>
        <source>Notice no.:</source>
        <translation>通知书编号：</translation>
    </message>
    <message>
        <source>Prison:</source>
        <translation>监狱：</translation>
    </message>
    <message>
        <source>Received through:</source>
        <translation>接收途径：</translation>
    </message>
    <message>
        <source>Received on *:</source>
        <translation>收到日期 *：</translation>
    </message>
    <message>
        <source>Release expected on *:</source>
        <translation>预定释放日期 *：</translation>
    </message>
    <message>
        <source>Released at:</source>
        <translation>释放地点：</translation>
    </message>
    <message>
        <source>Household registration:</source>
        <translation>户籍地：</translation>
    </message>
    <message>
        <source>Residence:</source>
        <translation>居住地：</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>罪名：</translation>
    </message>
    <message>
        <source>Original sentence:</source>
        <translation>原判刑罚：</translation>
    </message>
    <message>
        <source>The prison&apos;s rating:</source>
        <translation>监狱评估等级：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Check on the ground</source>
        <translation>实地核查</translation>
    </message>
    <message>
        <source>%1, release expected on %2.</source>
        <translation>%1，预定释放日期 %2。</translation>
    </message>
    <message>
        <source>Found *:</source>
        <translation>核查结果 *：</translation>
    </message>
    <message>
        <source>Located: the person or the family lives here</source>
        <translation>已找到：本人或其家属在本地居住</translation>
    </message>
    <message>
        <source>Not located</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Lives elsewhere: not this office&apos;s</source>
        <translation>在外地居住：不属本所管辖</translation>
    </message>
    <message>
        <source>Checked on *:</source>
        <translation>核查日期 *：</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>核查情况：</translation>
    </message>
    <message>
        <source>who was asked, where; required unless located</source>
        <translation>询问了何人、在何处；除“已找到”外均须填写</translation>
    </message>
    <message>
        <source>The family of %1 was told of the release so they can collect the person.</source>
        <translation>已将释放情况告知 %1 的家属，以便其家属接回。</translation>
    </message>
    <message>
        <source>Told on *:</source>
        <translation>告知日期 *：</translation>
    </message>
    <message>
        <source>Open the file from the notice</source>
        <translation>根据通知书建立档案</translation>
    </message>
    <message>
        <source>%1 is released: the notice&apos;s data goes into the file.</source>
        <translation>%1 已释放：通知书中的信息将转入档案。</translation>
    </message>
    <message>
        <source>Released on *:</source>
        <translation>释放日期 *：</translation>
    </message>
    <message>
        <source>Release certificate no.:</source>
        <translation>释放证明书编号：</translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation>衔接情况：</translation>
    </message>
    <message>
        <source>Who went:</source>
        <translation>接回人员：</translation>
    </message>
</context>
<context>
    <name>sifa::ui::PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>法人或其他组织</translation>
    </message>
    <message>
        <source>Choose from the &amp;people index…</source>
        <translation>从人员库中选择(&amp;P)…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>身份(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name *:</source>
        <translation>姓名/名称(&amp;N) *：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Legal &amp;representative:</source>
        <translation>法定代表人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Linked to the people index: name and ID number come from the person&apos;s record.</source>
        <translation>已关联人员库：姓名和身份证号码取自该人员的档案。</translation>
    </message>
    <message>
        <source>Enter the party&apos;s name.</source>
        <translation>请填写当事人姓名或名称。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>人员库</translation>
    </message>
    <message>
        <source>Search by name, pinyin initials, ID number or phone</source>
        <translation>按姓名、拼音首字母、身份证号码或联系电话查找</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <source>Show removed</source>
        <translation>显示已删除</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>新建人员(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Showing the first %1 people; narrow the search to see the others.</source>
        <translation>仅显示前 %1 人；请缩小查找范围以查看其他人员。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the index</source>
        <translation>
            <numerusform>人员库共 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among %1 people</source>
        <translation>
            <numerusform>在 %1 人中找到 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the people index</source>
        <translation>从人员库删除</translation>
    </message>
    <message>
        <source>Why is %1 removed? The record is kept and can be restored.</source>
        <translation>请说明删除 %1 的原因。记录会保留，可以恢复。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Why is %1 restored?</source>
        <translation>请说明恢复 %1 的原因。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::PeopleTableModel</name>
    <message>
        <source>%1 (removed)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>sifa::ui::PeriodPicker</name>
    <message>
        <source>Kind of period</source>
        <translation>报告期类型</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source> (year)</source>
        <translation>（全年）</translation>
    </message>
    <message>
        <source>Which one</source>
        <translation>具体期别</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
</context>
<context>
    <name>sifa::ui::PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>&amp;Name *:</source>
        <translation>姓名(&amp;N) *：</translation>
    </message>
    <message>
        <source>Former na&amp;me:</source>
        <translation>曾用名(&amp;M)：</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation>民族(&amp;T)：</translation>
    </message>
    <message>
        <source>13812345678 or 0574-65981234</source>
        <translation>13812345678 或 0574-65981234</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>文化程度(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Marital status:</source>
        <translation>婚姻状况(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Political status:</source>
        <translation>政治面貌(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>职业(&amp;O)：</translation>
    </message>
    <message>
        <source>Em&amp;ployer:</source>
        <translation>工作单位(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>village, street and number</source>
        <translation>村（社区）、街道、门牌号</translation>
    </message>
    <message>
        <source>Same as household registration</source>
        <translation>同户籍地</translation>
    </message>
    <message>
        <source>Household registration:</source>
        <translation>户籍地：</translation>
    </message>
    <message>
        <source>Residence:</source>
        <translation>居住地：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>人员：%1</translation>
    </message>
    <message>
        <source>Entered by %1 on %2 · last changed by %3 on %4</source>
        <translation>%1 于 %2 录入 · %3 于 %4 最后修改</translation>
    </message>
    <message>
        <source>This person was removed from the index. Restore the record to change it.</source>
        <translation>此人员已从人员库中删除。如需修改，请先恢复记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n of 18 characters</source>
        <translation>
            <numerusform>已输入 %n 位，共 18 位</numerusform>
        </translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>issued in %1</source>
        <translation>签发地：%1</translation>
    </message>
    <message>
        <source>will be saved as %1</source>
        <translation>将保存为 %1</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>号码有效：%1</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1，%2出生</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>The people index already has:
%1

Is this a different person?</source>
        <translation>人员库中已有：
%1

这是另一个人吗？</translation>
    </message>
    <message>
        <source>Already in the people index</source>
        <translation>已在人员库中</translation>
    </message>
    <message>
        <source>Open that person now?</source>
        <translation>是否打开该人员的记录？</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>sifa::ui::PersonPicker</name>
    <message>
        <source>Choose from the people index</source>
        <translation>从人员库中选择</translation>
    </message>
    <message>
        <source>Name, pinyin initials, ID number or phone</source>
        <translation>姓名、拼音首字母、身份证号码或联系电话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>sifa::ui::PlacementListModel</name>
    <message>
        <source>No home, job or family</source>
        <translation>三无人员</translation>
    </message>
    <message>
        <source>Dual-listed</source>
        <translation>双列管</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>释放日期</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>释放单位</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>罪名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>帮教类别</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>衔接情况</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>安置情况</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>帮教期满</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>帮教责任人</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>sifa::ui::PlacementPage</name>
    <message>
        <source>Resettlement and assistance</source>
        <translation>安置帮教</translation>
    </message>
    <message>
        <source>Search: name or pinyin (zs), ID or phone fragment, charge, prison, file number</source>
        <translation>搜索：姓名或拼音首字母（zs）、身份证号码或联系电话片段、罪名、释放单位、档案编号</translation>
    </message>
    <message>
        <source>Search files</source>
        <translation>搜索档案</translation>
    </message>
    <message>
        <source>&amp;Register a file…</source>
        <translation>登记档案(&amp;R)…</translation>
    </message>
    <message>
        <source>A person released from prison or community correction (Ctrl+N)</source>
        <translation>刑满释放或解除社区矫正的人员（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Prison &amp;notices…</source>
        <translation>刑满释放人员通知书(&amp;N)…</translation>
    </message>
    <message>
        <source>Release notices from prisons: check on the ground, tell the family, open the file</source>
        <translation>监狱发出的刑满释放人员通知书：实地核查、告知家属、建立档案</translation>
    </message>
    <message>
        <source>Not handed &amp;over…</source>
        <translation>未衔接人员(&amp;O)…</translation>
    </message>
    <message>
        <source>The monthly list of people not handed over, for the county</source>
        <translation>每月报县司法局的未衔接人员名单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>全部档案</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>帮教类别</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>衔接情况</translation>
    </message>
    <message>
        <source>Any hand-over state</source>
        <translation>全部衔接情况</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Show full ID numbers</source>
        <translation>显示完整身份证号码</translation>
    </message>
    <message>
        <source>Showing full ID numbers is recorded in the audit trail.</source>
        <translation>显示完整身份证号码的操作将记入审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n key person(s)</source>
        <translation>
            <numerusform> · 重点帮教对象 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n not handed over</source>
        <translation>
            <numerusform> · 未衔接 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source> · full ID numbers shown (recorded in the audit trail)</source>
        <translation> · 已显示完整身份证号码（已记入审计日志）</translation>
    </message>
</context>
<context>
    <name>sifa::ui::PlacementWindow</name>
    <message>
        <source>Print forms…</source>
        <translation>打印文书…</translation>
    </message>
    <message>
        <source>The resettlement forms filled in from the file (Ctrl+P)</source>
        <translation>根据档案填写的安置帮教文书（Ctrl+P）</translation>
    </message>
    <message>
        <source>Person and release</source>
        <translation>基本情况及释放情况</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>衔接</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>危险性评估</translation>
    </message>
    <message>
        <source>Group and agreements</source>
        <translation>帮教小组及帮教协议</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Placement and assistance</source>
        <translation>安置及帮扶</translation>
    </message>
    <message>
        <source>Moves and end</source>
        <translation>迁出及解除帮教</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>Resettlement file — %1</source>
        <translation>安置帮教档案 — %1</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（期限：%2）</translation>
    </message>
</context>
<context>
    <name>sifa::ui::PrintDialog</name>
    <message>
        <source>Print forms</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>Print forms of case %1</source>
        <translation>打印案件 %1 的文书</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>The whole case file (卷宗)</source>
        <translation>整本卷宗</translation>
    </message>
    <message>
        <source>Filled in from the case</source>
        <translation>按案件填写</translation>
    </message>
    <message>
        <source>Blank, to fill in by hand</source>
        <translation>空白表，手工填写</translation>
    </message>
    <message>
        <source>Values only, on pre-printed paper (套打)</source>
        <translation>只打印内容（套打）</translation>
    </message>
    <message>
        <source>Prints only what is filled in, shifted by the printer&apos;s calibration, for paper with the form already printed on it.</source>
        <translation>只打印填写的内容，并按该打印机的校准值偏移，用于已印有表格的纸张。</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>登记日期自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Printer calibration…</source>
        <translation>打印机校准…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Keep with the case</source>
        <translation>存入案卷(&amp;K)</translation>
    </message>
    <message>
        <source>Stores the PDF as an attachment of the case, with its SHA-256.</source>
        <translation>将 PDF 作为本案附件保存，并记录其 SHA-256。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a form.</source>
        <translation>请选择文书。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>Keep with the case</source>
        <translation>存入案卷</translation>
    </message>
    <message>
        <source>Kept with the case as %1 (SHA-256 %2…).</source>
        <translation>已存入案卷：%1（SHA-256 %2…）。</translation>
    </message>
    <message>
        <source>Printer calibration</source>
        <translation>打印机校准</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Print a form values-only on the pre-printed paper, measure how far the values land from their places, and enter the correction: right and down are positive.</source>
        <translation>在预印纸上以“只打印内容”方式打印一份文书，量出内容偏离应在位置的距离，输入校正值：向右、向下为正。</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>向右移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>向下移</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>页宽</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Print correction forms</source>
        <translation>打印社区矫正文书</translation>
    </message>
    <message>
        <source>Print correction forms of %1</source>
        <extracomment>%1 the person&apos;s name</extracomment>
        <translation>打印 %1 的社区矫正文书</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A copy of a correction form in the print dialog&apos;s list: %1 the form, %2 the request or sanction
----------
A copy of a resettlement form in the print dialog&apos;s list: %1 the form, %2 the agreement, visit or assessment</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Filled in from the file</source>
        <translation>按档案填写</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Print resettlement forms</source>
        <translation>打印安置帮教文书</translation>
    </message>
    <message>
        <source>Print resettlement forms of %1</source>
        <extracomment>%1 the person&apos;s name</extracomment>
        <translation>打印 %1 的安置帮教文书</translation>
    </message>
    <message>
        <source>This file</source>
        <extracomment>The print dialog&apos;s heading above the forms of one resettlement file</extracomment>
        <translation>本档案</translation>
    </message>
    <message>
        <source>The office</source>
        <extracomment>The print dialog&apos;s heading above the office&apos;s lists (not one file&apos;s)</extracomment>
        <translation>本所</translation>
    </message>
</context>
<context>
    <name>sifa::ui::RecordSection</name>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Why is this record removed? The change log keeps it.</source>
        <translation>删除此记录的原因是什么？变更日志中会保留该记录。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::RegisterDialog</name>
    <message>
        <source>Open a resettlement file</source>
        <translation>建立安置帮教档案</translation>
    </message>
    <message>
        <source>One file per person released from prison or from community correction. The assistance period follows from the source and the release date unless entered; the hand-over starts pending unless it was done already.</source>
        <translation>刑满释放人员或解除社区矫正人员一人一档。帮教期未填写的，根据来源和释放日期自动计算；衔接情况默认为未衔接，已完成衔接的除外。</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Find in the people index: name, pinyin, ID number or phone</source>
        <translation>在人员库中查找：姓名、拼音首字母、身份证号码或联系电话</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Name *:</source>
        <translation>姓名 *：</translation>
    </message>
    <message>
        <source>ID number, sex, born:</source>
        <translation>身份证号码、性别、出生日期：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Household registration:</source>
        <translation>户籍地：</translation>
    </message>
    <message>
        <source>Residence:</source>
        <translation>居住地：</translation>
    </message>
    <message>
        <source>Handed over already</source>
        <translation>已衔接</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>衔接方式：</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>衔接日期：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>衔接地点：</translation>
    </message>
    <message>
        <source>Who went:</source>
        <translation>接回人员：</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not in the people index: enter the person below.</source>
        <translation>人员库中没有此人：请在下方录入。</translation>
    </message>
    <message>
        <source>The file is opened for %1 from the people index; the person&apos;s data is changed there.</source>
        <translation>将根据人员库为 %1 建立档案；其个人信息在人员库中修改。</translation>
    </message>
    <message>
        <source>Pick the person from the people index or enter the name.</source>
        <translation>请从人员库中选择人员，或输入姓名。</translation>
    </message>
    <message>
        <source>Enter the date of the hand-over.</source>
        <translation>请填写衔接日期。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::ReleaseDialog</name>
    <message>
        <source>Release from community correction: %1</source>
        <translation>解除社区矫正：%1</translation>
    </message>
    <message>
        <source>The period ends on %1. The appraisal goes with the person to the resettlement file; the release is announced in public and the certificate issued.</source>
        <translation>矫正期限于 %1 届满。鉴定意见随本人转入安置帮教档案；解除矫正应公开宣告，并发放解除社区矫正证明书。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解除矫正</translation>
    </message>
    <message>
        <source>Released on *:</source>
        <translation>解除日期 *：</translation>
    </message>
    <message>
        <source>e.g. the amnesty decree</source>
        <translation>例如：特赦令</translation>
    </message>
    <message>
        <source>Before the end because *:</source>
        <translation>提前解除原因 *：</translation>
    </message>
    <message>
        <source>Announced on:</source>
        <translation>宣告日期：</translation>
    </message>
    <message>
        <source>Announced at:</source>
        <translation>宣告地点：</translation>
    </message>
    <message>
        <source>Certificate no.:</source>
        <translation>证明书编号：</translation>
    </message>
    <message>
        <source>Person&apos;s summary:</source>
        <translation>个人总结：</translation>
    </message>
    <message>
        <source>Summary dated:</source>
        <translation>总结日期：</translation>
    </message>
    <message>
        <source>The office&apos;s appraisal</source>
        <translation>司法所鉴定意见</translation>
    </message>
    <message>
        <source>Conduct under correction *:</source>
        <translation>矫正期间表现 *：</translation>
    </message>
    <message>
        <source>Attitude to the crime:</source>
        <translation>认罪态度：</translation>
    </message>
    <message>
        <source>training taken, certificates, skills and their level</source>
        <translation>参加的培训、取得的证书、掌握的技能及等级</translation>
    </message>
    <message>
        <source>Skills and training:</source>
        <translation>技能及培训：</translation>
    </message>
    <message>
        <source>Risk assessment:</source>
        <translation>危险性评估：</translation>
    </message>
    <message>
        <source>Family relations:</source>
        <translation>家庭关系：</translation>
    </message>
    <message>
        <source>Advice for resettlement *:</source>
        <translation>安置帮教建议 *：</translation>
    </message>
    <message>
        <source>Special circumstances:</source>
        <translation>特殊情况：</translation>
    </message>
    <message>
        <source>Appraisal dated:</source>
        <translation>鉴定日期：</translation>
    </message>
</context>
<context>
    <name>sifa::ui::ReportsPage</name>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Compute again</source>
        <translation>重新统计(&amp;C)</translation>
    </message>
    <message>
        <source>Counts the figures again from the records (after changes in another window).</source>
        <translation>根据记录重新统计各项数据（适用于在其他窗口修改记录后）。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Checks before submitting</source>
        <translation>报送前审核</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>另存为 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>另存为 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>Counting rules…</source>
        <translation>统计口径…</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>报告期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>counting rules %1</source>
        <translation>统计口径 %1</translation>
    </message>
    <message>
        <source>Counted from the records in %1 ms.</source>
        <extracomment>%1 milliseconds</extracomment>
        <translation>已根据记录完成统计，用时 %1 毫秒。</translation>
    </message>
    <message>
        <source>A check has found an error: correct the records first.</source>
        <translation>审核发现错误：请先更正记录。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose a figure to see how it is counted.</source>
        <translation>选择一项指标，查看其统计口径。</translation>
    </message>
    <message>
        <source>Double-click the figure or press Enter to list its records.</source>
        <translation>双击该指标或按回车键查看记录明细。</translation>
    </message>
    <message>
        <source>Records behind a figure</source>
        <translation>记录明细</translation>
    </message>
</context>
<context>
    <name>sifa::ui::RequestDialog</name>
    <message>
        <source>Request for leave of the city or county</source>
        <translation>外出申请（离开所居住的市、县）</translation>
    </message>
    <message>
        <source>Request for frequent cross-county travel</source>
        <translation>经常性跨市县活动申请</translation>
    </message>
    <message>
        <source>Request to meet a visitor</source>
        <translation>会客申请</translation>
    </message>
    <message>
        <source>Request to enter a restricted place</source>
        <translation>进入特定区域（场所）申请</translation>
    </message>
    <message>
        <source>Request for a change of residence</source>
        <translation>变更执行地申请</translation>
    </message>
    <message>
        <source>Apply three days ahead with evidence. Up to seven days the office approves on the county&apos;s entrustment; longer leave goes to the county, more than thirty days (or more than thirty within two months) to the level above.</source>
        <translation>应提前三日提出申请并提交证明材料。七日以内的，由受县级社区矫正机构委托的司法所批准；超过七日的，由县级社区矫正机构批准；超过三十日或两个月内累计超过三十日的，报上一级社区矫正机构审批。</translation>
    </message>
    <message>
        <source>For regular travel (work, family) between counties. The county approves; the approval is valid six months, the person reports by phone or WeChat while away.</source>
        <translation>适用于因工作、家庭等原因经常在市、县之间往来的情形。由县级社区矫正机构批准，批准有效期六个月；外出期间，本人应通过电话或微信报告。</translation>
    </message>
    <message>
        <source>Meeting victims, accusers, informants, co-offenders and others named in the rules needs approval.</source>
        <translation>会见被害人、控告人、举报人、同案犯以及规定所列其他人员，须经批准。</translation>
    </message>
    <message>
        <source>Entering an area or place the prohibition order bans needs approval.</source>
        <translation>进入禁止令禁止进入的区域或场所，须经批准。</translation>
    </message>
    <message>
        <source>Apply a month before the move. The office gives its opinion; the county consults the new county and decides.</source>
        <translation>应在迁居前一个月提出申请。司法所提出意见，县级社区矫正机构征求新执行地县级社区矫正机构意见后作出决定。</translation>
    </message>
    <message>
        <source>Applied on *:</source>
        <translation>申请日期 *：</translation>
    </message>
    <message>
        <source>Reason *:</source>
        <translation>事由 *：</translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation>就医</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>就学</translation>
    </message>
    <message>
        <source>Taking part in legal proceedings</source>
        <translation>参与诉讼</translation>
    </message>
    <message>
        <source>Important family matters</source>
        <translation>处理家庭重要事务</translation>
    </message>
    <message>
        <source>Important work matters</source>
        <translation>处理工作重要事务</translation>
    </message>
    <message>
        <source>Destination *:</source>
        <translation>目的地 *：</translation>
    </message>
    <message>
        <source>Destinations *:</source>
        <translation>往来地点 *：</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>频次：</translation>
    </message>
    <message>
        <source>e.g. twice a week</source>
        <translation>例如：每周两次</translation>
    </message>
    <message>
        <source>Whom to meet *:</source>
        <translation>会见对象 *：</translation>
    </message>
    <message>
        <source>Who that is:</source>
        <translation>对象身份：</translation>
    </message>
    <message>
        <source>Their phone:</source>
        <translation>对方电话：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>会见地点：</translation>
    </message>
    <message>
        <source>Place or area *:</source>
        <translation>区域或场所 *：</translation>
    </message>
    <message>
        <source>New residence *:</source>
        <translation>新居住地 *：</translation>
    </message>
    <message>
        <source>New county agency:</source>
        <translation>新执行地社区矫正机构：</translation>
    </message>
    <message>
        <source>Leaves on *:</source>
        <translation>外出日期 *：</translation>
    </message>
    <message>
        <source>From *:</source>
        <translation>开始日期 *：</translation>
    </message>
    <message>
        <source>Back by *:</source>
        <translation>返回日期 *：</translation>
    </message>
    <message>
        <source>Until *:</source>
        <translation>截止日期 *：</translation>
    </message>
    <message>
        <source>Planned move:</source>
        <translation>拟迁居日期：</translation>
    </message>
    <message>
        <source>Accompanied by:</source>
        <translation>同行人员：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证明材料：</translation>
    </message>
    <message>
        <source>e.g. hospital referral, court summons</source>
        <translation>例如：医院转诊证明、法院传票</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>审批：</translation>
    </message>
    <message>
        <source>Enter the first and the last day.</source>
        <translation>请填写起止日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>由%1批准</translation>
    </message>
    <message>
        <source>Leave days in the two months from %1: %2.</source>
        <translation>自 %1 起两个月内累计外出天数：%2。</translation>
    </message>
    <message>
        <source>Apply by %1.</source>
        <translation>应于 %1 前提出申请。</translation>
    </message>
    <message>
        <source>Relation to the person:</source>
        <translation>与本人关系：</translation>
    </message>
    <message>
        <source>e.g. neighbour</source>
        <translation>例如：邻居</translation>
    </message>
    <message>
        <source>Their sex:</source>
        <translation>对方性别：</translation>
    </message>
    <message>
        <source>Their ID number:</source>
        <translation>对方身份证号：</translation>
    </message>
    <message>
        <source>fills their sex</source>
        <translation>据此填写性别</translation>
    </message>
    <message>
        <source>Their address:</source>
        <translation>对方住址：</translation>
    </message>
</context>
<context>
    <name>sifa::ui::RequestsTab</name>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1（共 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批机关</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Destination or place</source>
        <translation>目的地或场所</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>会客对象</translation>
    </message>
    <message>
        <source>New residence</source>
        <translation>新居住地</translation>
    </message>
    <message>
        <source>New county agency</source>
        <translation>新执行地社区矫正机构</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation>同行人</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Office&apos;s review</source>
        <translation>司法所审核意见</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <source>%1, %2 %3 %4</source>
        <translation>%1，%2 %3 %4</translation>
    </message>
    <message>
        <source>Leave certificate</source>
        <translation>外出证明</translation>
    </message>
    <message>
        <source>New county consulted</source>
        <translation>征求新执行地意见</translation>
    </message>
    <message>
        <source>New county replied</source>
        <translation>新执行地回复</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation>档案移送</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>外出返回</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Request for leave…</source>
        <translation>外出申请…</translation>
    </message>
    <message>
        <source>Other requests</source>
        <translation>其他申请</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Office&apos;s review…</source>
        <translation>司法所审核…</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>登记审批结果…</translation>
    </message>
    <message>
        <source>Return from leave…</source>
        <translation>外出返回…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>后续办理…</translation>
    </message>
    <message>
        <source>The steps after the decision (a change of residence: the new county consulted and its reply, the files sent), the certificate number and notes</source>
        <translation>审批后的后续步骤（变更执行地：征求新执行地意见及其回复、移送档案）、证明编号及备注</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Where / whom</source>
        <translation>地点/对象</translation>
    </message>
    <message>
        <source>No requests yet. Leave of the city or county, frequent travel, visitors, restricted places and changes of residence are requested here and go through the office&apos;s review to the decision.</source>
        <translation>暂无申请事项。外出（离开所居住的市、县）、经常性跨市县活动、会客、进入特定区域（场所）和变更执行地均在此提出申请，经司法所审核后作出审批决定。</translation>
    </message>
    <message>
        <source>Choose a request to see its approval chain.</source>
        <translation>请选择一项申请，查看其审批流程。</translation>
    </message>
    <message>
        <source>Requests are made by a person under correction (received, not released).</source>
        <translation>只有在矫的社区矫正对象（已接收、未解除）才能提出申请。</translation>
    </message>
    <message>
        <source>Record the office&apos;s review first: the decision is the county&apos;s.</source>
        <translation>请先登记司法所审核意见：该事项由县级社区矫正机构审批。</translation>
    </message>
    <message>
        <source>Within the office&apos;s entrusted limit: after the review, record the office&apos;s decision.</source>
        <translation>属于司法所受委托审批权限：审核后登记司法所的审批决定。</translation>
    </message>
    <message>
        <source>Above the office&apos;s limit: the review goes with the request to %1, whose decision is recorded when it arrives.</source>
        <translation>超出司法所审批权限：审核意见随申请一并报送%1，其决定送达后再行登记。</translation>
    </message>
    <message>
        <source>Opinion *:</source>
        <translation>审核意见 *：</translation>
    </message>
    <message>
        <source>Reviewed by *:</source>
        <translation>审核人 *：</translation>
    </message>
    <message>
        <source>Date *:</source>
        <translation>日期 *：</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>登记审批结果</translation>
    </message>
    <message>
        <source>The office decides within its entrusted limit (filed with the county).</source>
        <translation>由司法所在受委托权限内审批（报县级社区矫正机构备案）。</translation>
    </message>
    <message>
        <source>The decision of %1 as it arrived.</source>
        <translation>按%1送达的决定登记。</translation>
    </message>
    <message>
        <source>Decision *:</source>
        <translation>审批结果 *：</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Decided by *:</source>
        <translation>审批人（机关） *：</translation>
    </message>
    <message>
        <source>Decision or leave certificate no.:</source>
        <translation>决定文号或外出证明编号：</translation>
    </message>
    <message>
        <source>Decision no.:</source>
        <translation>决定文号：</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>审批意见：</translation>
    </message>
    <message>
        <source>Return from leave</source>
        <translation>外出返回</translation>
    </message>
    <message>
        <source>Leave to %1, %2.</source>
        <translation>外出至%1，%2。</translation>
    </message>
    <message>
        <source>Reported back on *:</source>
        <translation>返回报告日期 *：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>接待人：</translation>
    </message>
    <message>
        <source>Follow-up of the request</source>
        <translation>申请事项后续办理</translation>
    </message>
    <message>
        <source>%1, applied %2.</source>
        <translation>%1，申请日期 %2。</translation>
    </message>
    <message>
        <source>New county consulted on:</source>
        <translation>征求新执行地意见日期：</translation>
    </message>
    <message>
        <source>New county replied on:</source>
        <translation>新执行地回复日期：</translation>
    </message>
    <message>
        <source>New county&apos;s reply:</source>
        <translation>新执行地回复意见：</translation>
    </message>
    <message>
        <source>Files sent on:</source>
        <translation>档案移送日期：</translation>
    </message>
    <message>
        <source>Leave certificate no.:</source>
        <translation>外出证明编号：</translation>
    </message>
    <message>
        <source>Accompanied by:</source>
        <translation>同行人：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证明材料：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Why is the request withdrawn?</source>
        <translation>请填写撤回申请的原因。</translation>
    </message>
    <message>
        <source>Visitor&apos;s address</source>
        <translation>会客对象住址</translation>
    </message>
</context>
<context>
    <name>sifa::ui::RiskDialog</name>
    <message>
        <source>Risk assessment</source>
        <translation>危险性评估</translation>
    </message>
    <message>
        <source>%1: tick what applies. A key person (重点帮教对象) is visited monthly and re-assessed every six months.</source>
        <translation>%1：请勾选符合的情形。重点帮教对象每月走访一次，每六个月复评一次。</translation>
    </message>
    <message>
        <source>Assessed on *:</source>
        <translation>评估日期 *：</translation>
    </message>
    <message>
        <source>The prison&apos;s rating:</source>
        <translation>监狱评估等级：</translation>
    </message>
    <message>
        <source>Factors:</source>
        <translation>认定因素：</translation>
    </message>
    <message>
        <source>Category *:</source>
        <translation>帮教类别 *：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Assessed by *:</source>
        <translation>评估人 *：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
</context>
<context>
    <name>sifa::ui::RiskTab</name>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>帮教类别</translation>
    </message>
    <message>
        <source>Prison&apos;s rating</source>
        <translation>监狱评估等级</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>认定因素</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>The file has ended.</source>
        <translation>该档案已办结。</translation>
    </message>
    <message>
        <source>Not assessed yet: the first assessment is due by %1.</source>
        <translation>尚未评估：首次评估应于 %1 前完成。</translation>
    </message>
    <message>
        <source>Next re-assessment due by %1.</source>
        <translation>下次复评应于 %1 前完成。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::SanctionsTab</name>
    <message>
        <source>Rewards, penalties and proposals</source>
        <translation>考核奖惩与提请事项</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提请日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定文号</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>提出建议…</translation>
    </message>
    <message>
        <source>Praise, admonition, warning or a proposal to the county, with the facts</source>
        <translation>表扬、训诫、警告，或向县级社区矫正机构提请相关事项，须附事实情况</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>登记决定…</translation>
    </message>
    <message>
        <source>Revocation not granted…</source>
        <translation>未予撤销…</translation>
    </message>
    <message>
        <source>The court or deciding body did not revoke or commit: the hold on release is lifted.</source>
        <translation>人民法院或决定机关未撤销或未收监执行：取消对解除矫正的暂停。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>考核分</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>计分依据</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Add points…</source>
        <translation>登记考核分…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <source>Suggested by the rules (the county decides):</source>
        <translation>按规定建议（由县级社区矫正机构决定）：</translation>
    </message>
    <message>
        <source>A revocation or commitment proposal is before the court or deciding body: the file cannot be released until its decision arrives.</source>
        <translation>撤销或收监执行的提请正由人民法院或决定机关审理：作出决定前不能解除矫正。</translation>
    </message>
    <message>
        <source>Total: %1 points</source>
        <translation>合计：%1 分</translation>
    </message>
    <message>
        <source>Propose a reward or penalty</source>
        <translation>提出奖惩建议</translation>
    </message>
    <message>
        <source>The office records the facts and proposes; the county correction agency (or the court) decides, and its decision is recorded here when it arrives.</source>
        <translation>司法所登记事实并提出建议；由县级社区矫正机构（或人民法院）作出决定，收到决定后在此登记。</translation>
    </message>
    <message>
        <source>Kind *:</source>
        <translation>类别 *：</translation>
    </message>
    <message>
        <source>Facts *:</source>
        <translation>事实情况 *：</translation>
    </message>
    <message>
        <source>Rule applied:</source>
        <translation>适用依据：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据材料：</translation>
    </message>
    <message>
        <source>Proposed on *:</source>
        <translation>提请日期 *：</translation>
    </message>
    <message>
        <source>Proposed by:</source>
        <translation>提请人：</translation>
    </message>
    <message>
        <source>Office&apos;s opinion:</source>
        <translation>司法所意见：</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>登记决定</translation>
    </message>
    <message>
        <source>%1, proposed %2.</source>
        <translation>%1，提请日期：%2。</translation>
    </message>
    <message>
        <source>Decision *:</source>
        <translation>决定结果 *：</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>予以采纳</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>未予采纳</translation>
    </message>
    <message>
        <source>Decision no.:</source>
        <translation>决定文号：</translation>
    </message>
    <message>
        <source>Decided on *:</source>
        <translation>决定日期 *：</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>Revocation not granted</source>
        <translation>未予撤销</translation>
    </message>
    <message>
        <source>The ruling that did not revoke or commit (court or authority and number):</source>
        <translation>未予撤销或收监执行的裁判文书（作出机关及文号）：</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>登记考核分</translation>
    </message>
    <message>
        <source>Change the score entry</source>
        <translation>修改考核分记录</translation>
    </message>
    <message>
        <source>Date *:</source>
        <translation>日期 *：</translation>
    </message>
    <message>
        <source>Points *:</source>
        <translation>分值 *：</translation>
    </message>
    <message>
        <source>Positive adds, negative takes away</source>
        <translation>正数为加分，负数为减分</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>计分依据：</translation>
    </message>
    <message>
        <source>Reason *:</source>
        <translation>事由 *：</translation>
    </message>
    <message>
        <source>Remove the score entry</source>
        <translation>删除考核分记录</translation>
    </message>
    <message>
        <source>Why is this entry removed? The change log keeps it.</source>
        <translation>删除此记录的原因是什么？变更日志中会保留该记录。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::ScreeningPage</name>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>&amp;New screening…</source>
        <translation>新建排查记录(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>File the &amp;zero report…</source>
        <translation>报送零报告(&amp;Z)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>排查范围</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>排查方式</translation>
    </message>
    <message>
        <source>Disputes found</source>
        <translation>发现纠纷数</translation>
    </message>
    <message>
        <source>Disputes prevented</source>
        <translation>预防纠纷数</translation>
    </message>
    <message>
        <source>Screened by</source>
        <translation>排查人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>Zero report filed.</source>
        <translation>已报送零报告。</translation>
    </message>
    <message>
        <source>Reported by its screenings.</source>
        <translation>已通过排查记录报送。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Not reported; it was due on %1.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;未报送；报送期限为 %1。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Report due on %1.</source>
        <translation>报送期限：%1。</translation>
    </message>
    <message>
        <source>%1: %2 screening(s), %3 dispute(s) found, %4 prevented. %5</source>
        <translation>%1：排查 %2 次，发现纠纷 %3 件，预防纠纷 %4 件。%5</translation>
    </message>
    <message>
        <source>New screening</source>
        <translation>新建排查记录</translation>
    </message>
    <message>
        <source>Change the screening</source>
        <translation>修改排查记录</translation>
    </message>
    <message>
        <source>One screening activity: where and how the committee looked for disputes, and what it found.</source>
        <translation>一次排查活动：调委会在何处、以何种方式排查矛盾纠纷，以及排查结果。</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Scope *:</source>
        <translation>排查范围 *：</translation>
    </message>
    <message>
        <source>villages, groups, enterprises screened</source>
        <translation>排查的村、组、企业</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>排查方式：</translation>
    </message>
    <message>
        <source>visits, meetings, hotline…</source>
        <translation>走访、座谈、热线…</translation>
    </message>
    <message>
        <source>Disputes found:</source>
        <translation>发现纠纷数：</translation>
    </message>
    <message>
        <source>Disputes prevented:</source>
        <translation>预防纠纷数：</translation>
    </message>
    <message>
        <source>Screened by *:</source>
        <translation>排查人 *：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Remove the screening</source>
        <translation>删除排查记录</translation>
    </message>
    <message>
        <source>Why is it removed?</source>
        <translation>删除的原因是什么？</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>矛盾纠纷排查</translation>
    </message>
    <message>
        <source>No disputes were found in %1. File the zero report for the month?</source>
        <translation>%1 未发现矛盾纠纷。是否报送本月零报告？</translation>
    </message>
    <message>
        <source>Reported by *:</source>
        <translation>报告人 *：</translation>
    </message>
    <message>
        <source>Reported on:</source>
        <translation>报送日期：</translation>
    </message>
</context>
<context>
    <name>sifa::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your settings on this computer</source>
        <translation>本机个人设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used when SifaDesk starts next time.</source>
        <translation>新的语言将在下次启动司法所工作台时生效。</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Account %1:</source>
        <translation>账户 %1：</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>本机构</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>辖区：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>机构类型：</translation>
    </message>
    <message>
        <source>county judicial bureau</source>
        <translation>县司法局</translation>
    </message>
    <message>
        <source>township judicial office</source>
        <translation>乡镇司法所</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>机构设置</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一个编号：%1</translation>
    </message>
    <message>
        <source>&amp;Save office settings</source>
        <translation>保存机构设置(&amp;S)</translation>
    </message>
    <message>
        <source>The office settings were saved.</source>
        <translation>机构设置已保存。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::SignInDialog</name>
    <message>
        <source>Sign in — SifaDesk</source>
        <translation>登录 — 司法所工作台</translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation>%1 · 代码 %2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::SubjectDialog</name>
    <message>
        <source>Register a person under community correction</source>
        <translation>登记社区矫正对象</translation>
    </message>
    <message>
        <source>From the judgment, ruling or decision and the notice of execution. The file starts awaiting report-in; reception, announcement and grade changes are recorded as their steps in the file.</source>
        <translation>依据判决书、裁定书或决定书及执行通知书填写。档案建立后处于待报到状态；报到接收、入矫宣告和管理类别调整作为档案的办理步骤另行登记。</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>&amp;Name *:</source>
        <translation>姓名(&amp;N) *：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>文化程度：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Employer or school:</source>
        <translation>工作单位或就读学校：</translation>
    </message>
    <message>
        <source>Household registration:</source>
        <translation>户籍地：</translation>
    </message>
    <message>
        <source>Residence:</source>
        <translation>居住地：</translation>
    </message>
    <message>
        <source>The judgment</source>
        <translation>判决情况</translation>
    </message>
    <message>
        <source>e.g. 象山县人民法院</source>
        <translation>例如：象山县人民法院</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>决定机关：</translation>
    </message>
    <message>
        <source>Handed over by:</source>
        <translation>交付执行机关：</translation>
    </message>
    <message>
        <source>Judgment number:</source>
        <translation>判决书文号：</translation>
    </message>
    <message>
        <source>Judgment date:</source>
        <translation>判决日期：</translation>
    </message>
    <message>
        <source>In force from *:</source>
        <translation>生效日期 *：</translation>
    </message>
    <message>
        <source>Notice of execution:</source>
        <translation>执行通知书文号：</translation>
    </message>
    <message>
        <source>Notice date:</source>
        <translation>执行通知书日期：</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>罪名：</translation>
    </message>
    <message>
        <source>Main facts:</source>
        <translation>主要犯罪事实：</translation>
    </message>
    <message>
        <source>Original sentence:</source>
        <translation>原判刑罚：</translation>
    </message>
    <message>
        <source>Fixed-term imprisonment</source>
        <translation>有期徒刑</translation>
    </message>
    <message>
        <source>Criminal detention</source>
        <translation>拘役</translation>
    </message>
    <message>
        <source>Public surveillance</source>
        <translation>管制</translation>
    </message>
    <message>
        <source>Life imprisonment</source>
        <translation>无期徒刑</translation>
    </message>
    <message>
        <source>Death with reprieve</source>
        <translation>死刑缓期执行</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>原判刑期：</translation>
    </message>
    <message>
        <source>Term runs:</source>
        <translation>刑期起止：</translation>
    </message>
    <message>
        <source>Additional penalty:</source>
        <translation>附加刑：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>罚金</translation>
    </message>
    <message>
        <source>Deprivation of political rights</source>
        <translation>剥夺政治权利</translation>
    </message>
    <message>
        <source>Confiscation of property</source>
        <translation>没收财产</translation>
    </message>
    <message>
        <source>Deportation</source>
        <translation>驱逐出境</translation>
    </message>
    <message>
        <source>Prohibition order:</source>
        <translation>禁止令：</translation>
    </message>
    <message>
        <source>Prohibited:</source>
        <translation>禁止令期限：</translation>
    </message>
    <message>
        <source>Community correction</source>
        <translation>社区矫正</translation>
    </message>
    <message>
        <source>&amp;Correction type *:</source>
        <translation>矫正类别(&amp;C) *：</translation>
    </message>
    <message>
        <source>Outside prison because:</source>
        <translation>暂予监外执行情形：</translation>
    </message>
    <message>
        <source>Period *:</source>
        <translation>矫正期限 *：</translation>
    </message>
    <message>
        <source>Grade on reception:</source>
        <translation>接收时管理类别：</translation>
    </message>
    <message>
        <source>Subject number:</source>
        <translation>社区矫正对象编号：</translation>
    </message>
    <message>
        <source>left empty: you (%1)</source>
        <translation>留空则为本人（%1）</translation>
    </message>
    <message>
        <source>Officer in charge:</source>
        <translation>负责专干：</translation>
    </message>
    <message>
        <source>Household type:</source>
        <translation>户籍类型：</translation>
    </message>
    <message>
        <source>This county</source>
        <translation>本县（市、区）</translation>
    </message>
    <message>
        <source>Elsewhere in the province</source>
        <translation>本省其他县（市、区）</translation>
    </message>
    <message>
        <source>Another province</source>
        <translation>外省</translation>
    </message>
    <message>
        <source>Hong Kong, Macao or Taiwan</source>
        <translation>港澳台</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation>外籍</translation>
    </message>
    <message>
        <source>Work or study:</source>
        <translation>就业就学情况：</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>个体经营</translation>
    </message>
    <message>
        <source>Farming</source>
        <translation>务农</translation>
    </message>
    <message>
        <source>In school</source>
        <translation>在校就读</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>无业</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>离退休</translation>
    </message>
    <message>
        <source>Employer&apos;s phone:</source>
        <translation>工作单位电话：</translation>
    </message>
    <message>
        <source>Able to do community service</source>
        <translation>能够参加公益活动</translation>
    </message>
    <message>
        <source>Attention tags:</source>
        <translation>重点关注标签：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Correct the file: %1</source>
        <translation>更正档案：%1</translation>
    </message>
    <message>
        <source>Corrections are kept in the file&apos;s history. The person&apos;s own data is corrected in the people index; reception, announcement, grade, release and termination are steps of the file.</source>
        <translation>更正内容记入档案变更历史。社区矫正对象本人的信息在人员库中更正；报到接收、入矫宣告、管理类别、解除矫正和终止矫正属于档案的办理步骤。</translation>
    </message>
    <message>
        <source>Valid: born %1, age %2</source>
        <translation>号码有效：%1出生，%2岁</translation>
    </message>
    <message>
        <source>Already in the people index: %1. The file is opened for this person; the person&apos;s data is changed in the people index.</source>
        <translation>人员库中已有此人：%1。将为此人建立社区矫正档案，其个人信息在人员库中修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1</source>
        <translation>共计：%1</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::SubjectListModel</name>
    <message>
        <source>%1 (minor)</source>
        <translation>%1（未成年）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>矫正类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>管理类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>罪名</translation>
    </message>
    <message>
        <source>Correction period</source>
        <translation>矫正期限</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>负责专干</translation>
    </message>
    <message>
        <source>Attention tags</source>
        <translation>重点关注标签</translation>
    </message>
</context>
<context>
    <name>sifa::ui::SubjectTab</name>
    <message>
        <source>Community correction</source>
        <translation>社区矫正</translation>
    </message>
</context>
<context>
    <name>sifa::ui::SubjectWindow</name>
    <message>
        <source>Person and judgment</source>
        <translation>基本信息与判决</translation>
    </message>
    <message>
        <source>Team and family</source>
        <translation>矫正小组与家庭</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>日常监管</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Rewards and penalties</source>
        <translation>考核奖惩</translation>
    </message>
    <message>
        <source>Monitoring and contact</source>
        <translation>电子定位与失联</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解除矫正</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Community correction</source>
        <translation>社区矫正</translation>
    </message>
    <message>
        <source>The file is sealed. It no longer appears in lists, searches, statistics or exports; opening it needs the number of an approval.</source>
        <translation>该档案已封存，不再出现在列表、搜索、统计和导出中；查阅须提供批准文号。</translation>
    </message>
    <message>
        <source>Correction file — %1</source>
        <translation>社区矫正档案 — %1</translation>
    </message>
    <message>
        <source>Sealed file</source>
        <translation>封存档案</translation>
    </message>
    <message>
        <source>Not reported in: search for the person and tell the county agency.</source>
        <translation>未报到：请组织查找，并报告县级社区矫正机构。</translation>
    </message>
    <message>
        <source>A revocation or commitment proposal is pending: no release until the decision arrives.</source>
        <translation>已提请撤销或收监执行：作出决定前不能解除矫正。</translation>
    </message>
    <message>
        <source>Contact lost since %1.</source>
        <translation>自 %1 起失联。</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <source>Suggestions from the rules — the county correction agency decides; propose them under Rewards and penalties:</source>
        <translation>按规定建议如下（由县级社区矫正机构决定；请在“考核奖惩”页提出建议）：</translation>
    </message>
    <message>
        <source>Print forms…</source>
        <translation>打印文书…</translation>
    </message>
    <message>
        <source>The correction forms filled in from the file, or blank (Ctrl+P)</source>
        <translation>按档案填写的社区矫正文书，或空白文书（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>sifa::ui::SubmissionPanel</name>
    <message>
        <source>Submission to the county</source>
        <translation>向县司法局报送</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已报送数</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前数</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Note for the county (optional)</source>
        <translation>报送县司法局的说明（选填）</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>报送(&amp;S)…</translation>
    </message>
    <message>
        <source>This report has not been submitted for this period.</source>
        <translation>本报告期尚未报送此报表。</translation>
    </message>
    <message>
        <source>Submitted on %1 by %2 (counting rules %3).</source>
        <translation>已于%1由%2报送（统计口径 %3）。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) accepted when it was submitted.</source>
        <translation>
            <numerusform>报送时已确认 %n 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>No figure has changed since it was submitted.</source>
        <translation>报送后无指标变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) changed since the submission: records were added or corrected afterwards. Submit again if the county should have the new figures.</source>
        <translation>
            <numerusform>报送后有 %n 项指标发生变化：其后有记录新增或更正。如需向县司法局报送新数据，请重新报送。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in it)</source>
        <translation>（报送时无此项）</translation>
    </message>
    <message>
        <source>(no longer counted)</source>
        <translation>（现已不再统计）</translation>
    </message>
</context>
<context>
    <name>sifa::ui::SupervisionTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Record supervision…</source>
        <translation>登记日常监管…</translation>
    </message>
    <message>
        <source>A report, a talk, a visit, a check, a health report, study or community service</source>
        <translation>报告、谈话、走访、核查、身体状况报告、教育学习或公益活动</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>尚差</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Key periods, daily reports: %1</source>
        <translation>重点时段（每日报告）：%1</translation>
    </message>
    <message>
        <source>Supervision is recorded once the person is received.</source>
        <translation>接收后方可登记日常监管。</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>The format of a month in the supervision review (QDate format), e.g. yyyy年M月</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>This month, %1</source>
        <translation>本月（%1）</translation>
    </message>
    <message>
        <source>Last month, %1</source>
        <translation>上月（%1）</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Not under correction in this month.</source>
        <translation>本月不在矫正期内。</translation>
    </message>
    <message>
        <source>No grade is recorded for this month.</source>
        <translation>本月未登记管理类别。</translation>
    </message>
    <message>
        <source>Under correction %1 of %2 days: the expectations are prorated.</source>
        <translation>本月 %2 日中在矫 %1 日：应完成数按比例折算。</translation>
    </message>
    <message>
        <source>The grade&apos;s expectations are met.</source>
        <translation>已达到该管理类别的监管要求。</translation>
    </message>
    <message>
        <source>Still to do this month: see the shortfall column.</source>
        <translation>本月尚有未完成事项：见“尚差”列。</translation>
    </message>
    <message>
        <source>The month fell short of the grade&apos;s expectations.</source>
        <translation>本月未达到该管理类别的监管要求。</translation>
    </message>
    <message>
        <source>Record supervision</source>
        <translation>登记日常监管</translation>
    </message>
    <message>
        <source>Change the supervision record</source>
        <translation>修改日常监管记录</translation>
    </message>
    <message>
        <source>Kind *:</source>
        <translation>类别 *：</translation>
    </message>
    <message>
        <source>Date *:</source>
        <translation>日期 *：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>用时：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>工作人员：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Result or finding:</source>
        <translation>结果或发现的情况：</translation>
    </message>
    <message>
        <source>Remove the record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Why is this record removed? The change log keeps it.</source>
        <translation>删除此记录的原因是什么？变更日志中会保留该记录。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::TagPicker</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Attention tags</source>
        <translation>重点关注标签</translation>
    </message>
</context>
<context>
    <name>sifa::ui::TeamTab</name>
    <message>
        <source>Correction team</source>
        <translation>矫正小组</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Knows minors</source>
        <translation>熟悉未成年人</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Family and main social relations</source>
        <translation>家庭成员及主要社会关系</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Add a relative…</source>
        <translation>添加家庭成员…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>添加矫正小组成员</translation>
    </message>
    <message>
        <source>Change a team member</source>
        <translation>修改矫正小组成员</translation>
    </message>
    <message>
        <source>The correction team of %1: the office, the village or neighbourhood committee, the family or guardian, the employer or school, social workers and volunteers.</source>
        <translation>%1 的矫正小组：可由司法所工作人员、村（居）民委员会人员、家庭成员或监护人、所在单位或就读学校人员、社会工作者和志愿者等组成。</translation>
    </message>
    <message>
        <source>Name *:</source>
        <translation>姓名 *：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Taking part as:</source>
        <translation>参与身份：</translation>
    </message>
    <message>
        <source>Judicial office staff</source>
        <translation>司法所工作人员</translation>
    </message>
    <message>
        <source>Village or neighbourhood committee</source>
        <translation>村（居）民委员会</translation>
    </message>
    <message>
        <source>Family member or guardian</source>
        <translation>家庭成员或监护人</translation>
    </message>
    <message>
        <source>Employer or school</source>
        <translation>所在单位或就读学校</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社会工作者</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Knows the physical and mental development of minors</source>
        <translation>熟悉未成年人身心发展特点</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>Add a relative</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <source>Change a relative</source>
        <translation>修改家庭成员</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>儿子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女儿</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>兄弟</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>姐妹</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Why is %1 removed? The change log keeps the record.</source>
        <translation>删除 %1 的原因是什么？变更日志中会保留该记录。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::TodoPage</name>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>To do (%1)</source>
        <translation>待办（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>没有待办事项。</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due today, %3 this week, %4 later.</source>
        <translation>已逾期 %1 项，今日到期 %2 项，本周到期 %3 项，以后到期 %4 项。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::UnmatchedDialog</name>
    <message>
        <source>prison notice</source>
        <translation>刑满释放人员通知书</translation>
    </message>
    <message>
        <source>file</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>People not handed over</source>
        <translation>未衔接人员</translation>
    </message>
    <message>
        <source>As of the end of:</source>
        <translation>截至月份：</translation>
    </message>
    <message>
        <source>Open files not handed over and prison notices whose person was not found, for the county bureau each month.</source>
        <translation>每月报县司法局：未衔接的在档人员，以及刑满释放人员通知书中未找到本人的人员。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>释放单位</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>罪名</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>释放日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days since release</source>
        <translation>释放后天数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>With the full ID numbers for the county; recorded in the audit trail.</source>
        <translation>含完整身份证号码，供报县司法局使用；将记入审计日志。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not handed over at the end of %1</source>
        <translation>
            <numerusform>截至 %1 末，未衔接 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message numerus="yes">
        <source>List of people not handed over, %1: %n person(s)</source>
        <translation>
            <numerusform>未衔接人员名单（%1）：共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>not-handed-over-%1.csv</source>
        <translation>未衔接人员-%1.csv</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>保存名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>sifa::ui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>The user chooses a new password at the first sign-in</source>
        <translation>用户首次登录时须设置新密码</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>再次输入密码(&amp;E)：</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>sifa::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Administrators manage accounts, settings and backups; they do not see case files. Correction and resettlement files are open only to their officers and the office head.</source>
        <translation>系统管理员负责管理账户、设置和备份，不能查看案件档案。社区矫正和安置帮教档案只对相应专干和所长开放。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>请先在列表中选择一个用户。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A temporary password for %1 (the user must change it at the next sign-in):</source>
        <translation>%1 的临时密码（该用户下次登录时须修改）：</translation>
    </message>
    <message>
        <source>Give %1 the temporary password in person.</source>
        <translation>请当面将临时密码交给 %1。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>%1 的新角色：</translation>
    </message>
</context>
<context>
    <name>sifa::ui::VisitsTab</name>
    <message>
        <source>Visits and talks</source>
        <translation>走访及谈话</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation>现实表现</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>本人签字</translation>
    </message>
    <message>
        <source>What was talked about</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>A key person is visited every month.</source>
        <translation>重点帮教对象每月走访一次。</translation>
    </message>
    <message>
        <source>Visited every quarter.</source>
        <translation>每季度走访一次。</translation>
    </message>
    <message>
        <source>The next visit was due on %1.</source>
        <translation>下次走访应于 %1 前完成，现已逾期。</translation>
    </message>
    <message>
        <source>Next visit due by %1.</source>
        <translation>下次走访应于 %1 前完成。</translation>
    </message>
</context>
</TS>
