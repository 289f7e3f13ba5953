<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>SifaDesk command line (司法所工作台)

Usage: sifa COMMAND [options]     (sifa COMMAND --help for each)

  init       create an office database
  user       add, list and manage user accounts
  person     add, edit, list, show and remove people in the people index
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
        <translation>司法所工作台命令行

用法：sifa COMMAND [options]     （各命令的说明：sifa COMMAND --help）

  init       建立机构数据库
  user       添加、列出和管理用户账户
  person     在人员库中添加、修改、列出、查看和删除人员
  settings   查看和修改机构设置
  check      检查数据库（完整性、审计链、--rebuild-compare）
  backup     备份数据库
  restore    从备份恢复数据库
  audit      核验或列出审计日志
  demo       生成演示用的机构数据库

登录：--user USER，密码取自 SIFA_PASSWORD，或按提示输入。
语言：SIFA_LANG=zh_CN（默认）或 en。
退出码：0 成功，1 被拒绝或失败，2 参数错误，3 已存在。
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run sifa --help.</source>
        <translation>未知命令“%1”。请运行 sifa --help 查看用法。</translation>
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
</context>
<context>
    <name>DemoOffice</name>
    <message>
        <source>The demo recipes are missing from this build.</source>
        <translation>此版本缺少演示数据模板。</translation>
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
    <name>Schema</name>
    <message>
        <source>adding the people search index</source>
        <translation>建立人员库检索索引</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>创建数据库</translation>
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
        <source>People&apos;s mediation (人民调解)</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Register disputes from every source and run each mediation case from the first report to the archive.</source>
        <translation>登记各种来源的矛盾纠纷，办理每件调解案件，从受理到归档全程管理。</translation>
    </message>
    <message>
        <source>register disputes with their parties from the people index</source>
        <translation>登记纠纷，当事人从人员库中选取</translation>
    </message>
    <message>
        <source>follow each case through acceptance, investigation, mediation sessions, agreement or termination, performance and archiving</source>
        <translation>跟踪每件案件的受理、调查、调解、达成协议或终止调解、协议履行和归档</translation>
    </message>
    <message>
        <source>keep deadlines in a to-do list, including judicial confirmation</source>
        <translation>以待办事项管理各项期限，包括司法确认</translation>
    </message>
    <message>
        <source>keep the screening log and the monthly zero report</source>
        <translation>记录矛盾纠纷排查台账和每月零报告</translation>
    </message>
    <message>
        <source>print every mediation form</source>
        <translation>打印各类调解文书</translation>
    </message>
    <message>
        <source>Community correction</source>
        <translation>社区矫正</translation>
    </message>
    <message>
        <source>Community correction (社区矫正)</source>
        <translation>社区矫正</translation>
    </message>
    <message>
        <source>The correction officer&apos;s files on every person under community correction, kept on the county correction agency&apos;s entrustment.</source>
        <translation>社区矫正专干受县社区矫正机构委托，管理每名社区矫正对象的档案。</translation>
    </message>
    <message>
        <source>record pre-sentence assessments and each subject&apos;s file</source>
        <translation>登记调查评估，建立每名矫正对象的档案</translation>
    </message>
    <message>
        <source>keep supervision grades, reports, visits, education and community service</source>
        <translation>记录分类管理等级、报告、走访、教育学习和公益活动</translation>
    </message>
    <message>
        <source>handle leave and other requests with their approval chains</source>
        <translation>办理请假等事项的申请和逐级审批</translation>
    </message>
    <message>
        <source>propose rewards and penalties and record the county&apos;s decisions</source>
        <translation>提出奖惩建议，登记县局的决定</translation>
    </message>
    <message>
        <source>Resettlement</source>
        <translation>安置帮教</translation>
    </message>
    <message>
        <source>Resettlement and assistance (安置帮教)</source>
        <translation>安置帮教</translation>
    </message>
    <message>
        <source>One file per person released from prison, from the hand-over to the end of assistance.</source>
        <translation>为每名刑满释放人员建立档案，从衔接到帮教期满全程记录。</translation>
    </message>
    <message>
        <source>receive pre-release notices and record each hand-over</source>
        <translation>接收刑满释放前通知，登记每次衔接情况</translation>
    </message>
    <message>
        <source>assess risk and follow key persons</source>
        <translation>评估风险，跟踪重点帮教对象</translation>
    </message>
    <message>
        <source>record visits, placement and assistance</source>
        <translation>记录走访、安置和帮教情况</translation>
    </message>
    <message>
        <source>list the people not yet handed over for the county each month</source>
        <translation>每月为县局列出尚未衔接的人员</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Statistics and reports (统计报表)</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Every figure the county asks for, counted from the records.</source>
        <translation>县局要求的各项数据，均由记录统计得出。</translation>
    </message>
    <message>
        <source>run the statutory statistics for any period</source>
        <translation>按任意时段生成法定统计报表</translation>
    </message>
    <message>
        <source>open the records behind every figure</source>
        <translation>查看每个数据背后的记录</translation>
    </message>
    <message>
        <source>check the figures before submitting them</source>
        <translation>上报前核对数据</translation>
    </message>
    <message>
        <source>print them or save them as PDF, XLSX or CSV</source>
        <translation>打印，或保存为 PDF、XLSX、CSV 文件</translation>
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
</TS>
