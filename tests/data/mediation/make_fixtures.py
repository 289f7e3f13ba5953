#!/usr/bin/python3
# Writes the ledger fixtures of tests/core/test_mediation_import.cpp. Run from this folder with
# Debian's python3 and python3-openpyxl (a development tool only):
#
#   /usr/bin/python3 make_fixtures.py
#
# Every ID number is a valid GB 11643 number made here (county 330225, the birth date, a
# sequence number and its check character); every date lies in 2024, except where a row tests
# a date in the future.
import csv
import datetime

import openpyxl
from openpyxl.styles import Font

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECKS = "10X98765432"


def idn(birth, seq, county="330225"):
    first17 = "%s%s%03d" % (county, birth, seq)
    return first17 + CHECKS[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


A = idn("19700304", 31)   # 张三 (also 郑一's number in row 5: the same person twice)
B = idn("19680708", 53)   # 李四
C = idn("19850101", 12)   # 王五
D = idn("19871212", 24)   # 赵六
E = idn("19900909", 35)   # 周九
F = idn("19720229", 47)   # 卫五
X = next(idn("19750505", s) for s in range(100, 200) if idn("19750505", s).endswith("X"))  # ends in X
Y = next(idn("19880808", s) for s in range(100, 200) if idn("19880808", s).endswith("X"))  # written with x

CANONICAL = ["案号", "受理日期", "案件来源", "纠纷类型", "申请人", "申请人身份证号", "被申请人", "被申请人身份证号",
             "纠纷简要情况", "涉及人数", "涉及金额", "调解员", "调解结果", "协议形式", "协议日期", "协议金额",
             "履行情况", "结案日期"]

# A good ledger: one row per state the lifecycle table gives, a blank row (row 5) in between.
GOOD = [
    ["（2024）石人调字第1号", "2024-03-05", "当事人申请", "邻里纠纷", "张三", A, "李四", B,
     "两家因宅基地边界的围墙发生争执", "2", "2000", "王调解", "成功", "书面", "2024-03-12", "1500", "履行完毕",
     "2024-03-20"],
    ["（2024）石人调字第2号", "2024/4/1", "调委会主动调解", "婚姻家庭", "王五、赵六", C + "、" + Y.lower(), "孙七", "",
     "兄弟二人与其叔因赡养老人费用分担发生争执", "3", "2,000.50", "李调解", "成功", "口头", "2024年4月8日", "0.2万",
     "部分履行", ""],
    ["（2024）石人调字第3号", "20240502", "公安移送", "13", "钱八", "", "某某运输有限公司", "",
     "车辆刮擦后对维修费用的承担有争议", "2", "5000元", "王调解、李调解", "不成功", "", "", "", "", "2024-05-20"],
    ["（2024）石人调字第4号", "2024-06-01", "排查发现", "劳动争议", "周九", E, "吴十", "",
     "在厂里务工被拖欠工资", "1", "", "", "", "", "", "", "", ""],
    [""] * 18,
    ["（2024）石人调字第5号", "2024-06-10", "法院委托", "合同纠纷", "郑一", A, "冯二", "",
     "买卖合同货款结算争议", "2", "800", "新调解员", "成功", "书面", "2024-06-15", "800", "未履行", ""],
    ["（2024）石人调字第6号", "2024-07-01", "申请", "物业", "陈三", X, "褚四", "",
     "物业费与停车位管理争议", "2", "", "王调解", "终止", "", "", "", "", ""],
    ["（2024）石人调字第7号", "2024-08-01", "信访移送", "其他", "卫五", F, "蒋六", "",
     "相邻通行争议", "2", "", "王调解", "成功", "", "2024-08-05", "", "未履行", "2024-09-01"],
    ["（2024）石人调字第8号", "2024-08-02", "当事人申请", "损害赔偿", "沈七", "", "韩八", "",
     "饲养的狗咬伤邻居", "2", "3000", "李调解", "成功", "书面", "2024-08-05", "1000", "履行完毕", ""],
]

# What each good row must become (checked by the tests).
#   1 archived  2 performing  3 archived (terminated)  4 accepted  5 agreed  6 terminated
#   7 archived (not performed)  8 performed

BAD = [
    ["（2024）石人调字第101号", "2024-03-05", "当事人申请", "邻里纠纷", "张三", A, "李四", B, "好的一行", "2", "", "",
     "", "", "", "", "", ""],
    ["（2024）石人调字第102号", "2024-13-45", "", "邻里纠纷", "甲某", "", "", "", "日期写错", "", "", "", "", "", "", "",
     "", ""],
    ["（2024）石人调字第103号", "2099-01-01", "", "邻里纠纷", "乙某", "", "", "", "日期在将来", "", "", "", "", "", "", "",
     "", ""],
    ["（2024）石人调字第104号", "2024-03-05", "", "邻里纠纷", "丙某", A[:-1] + ("0" if A[-1] != "0" else "1"), "", "",
     "校验码错", "", "", "", "", "", "", "", "", ""],
    ["（2024）石人调字第105号", "2024-03-05", "", "邻里纠纷", "丁某", "3.30225E+17", "", "", "科学计数法", "", "", "",
     "", "", "", "", "", ""],
    ["（2024）石人调字第106号", "2024-03-05", "", "外星人纠纷", "戊某", "", "", "", "类型不认识", "", "", "", "", "", "",
     "", "", ""],
    ["（2024）石人调字第107号", "2024-03-05", "", "邻里纠纷", "己某", "", "", "", "协议早于受理", "", "", "", "成功",
     "书面", "2024-03-01", "", "", ""],
    ["（2024）石人调字第108号", "2024-03-05", "", "邻里纠纷", "庚某", "", "", "", "没有结果却履行", "", "", "", "", "",
     "", "", "履行完毕", ""],
    ["（2024）石人调字第109号", "2024-03-05", "", "邻里纠纷", "辛某", "", "", "", "结案早于受理", "", "", "", "不成功",
     "", "", "", "", "2024-03-01"],
    ["（2024）石人调字第101号", "2024-03-06", "", "邻里纠纷", "壬某", "", "", "", "案号重复", "", "", "", "", "", "", "",
     "", ""],
    ["（2024）石人调字第111号", "2024-03-05", "", "邻里纠纷", "癸某", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["（2024）石人调字第112号", "2024-03-05", "天上掉下来", "邻里纠纷", "子某", "", "", "", "来源不认识", "", "", "",
     "", "", "", "", "", ""],
    ["（2024）石人调字第113号", "2024-03-05", "", "邻里纠纷", "丑某、寅某", C, "", "", "两人一个号码", "", "", "", "",
     "", "", "", "", ""],
    ["（2024）石人调字第114号", "2024-03-05", "", "邻里纠纷", "卯某", "", "", "", "金额写成汉字", "", "两千元", "", "",
     "", "", "", "", ""],
    ["（2024）石人调字第115号", "2024-03-05", "", "邻里纠纷", "辰某", "", "", "", "部分履行却结案", "", "", "", "成功",
     "书面", "2024-03-08", "", "部分履行", "2024-03-20"],
    ["（2024）石人调字第116号", "2024-03-05", "", "邻里纠纷", "巳某", "", "", "", "三个调解员", "", "", "甲、乙、丙",
     "", "", "", "", "", ""],
]


def write_csv(name, rows, encoding, delimiter=","):
    with open(name, "w", encoding=encoding, newline="") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\r\n")
        w.writerows(rows)


def excel_date(text):
    return datetime.datetime.strptime(text, "%Y-%m-%d")


def write_xlsx(name, ids_as_numbers):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["石浦镇人民调解台账（2024年）"])
    ws["A1"].font = Font(bold=True, size=16)
    ws.append([])
    ws.append(CANONICAL)
    rows = [GOOD[0], GOOD[1], GOOD[3], GOOD[7]]
    for r in rows:
        ws.append([None] * len(CANONICAL))
        line = ws.max_row
        for c, value in enumerate(r, start=1):
            cell = ws.cell(row=line, column=c)
            header = CANONICAL[c - 1]
            if value == "":
                continue
            if header in ("受理日期", "协议日期", "结案日期") and value[:4].isdigit() and value[4] == "-":
                cell.value = excel_date(value)
                cell.number_format = "yyyy-mm-dd"
            elif header in ("涉及人数",) or (header in ("涉及金额", "协议金额") and value.isdigit()):
                cell.value = int(value)
            elif header.endswith("身份证号") and ids_as_numbers and value.isdigit():
                cell.value = int(value)
            else:
                cell.value = value
                if header.endswith("身份证号") or header == "案号":
                    cell.number_format = "@"
    # The second data row's 受理日期 as a bare Excel serial number (2024-04-01 = 45383).
    ws.cell(row=5, column=2).value = 45383
    ws.cell(row=5, column=2).number_format = "General"
    wb.save(name)


write_csv("ledger-utf8.csv", [CANONICAL] + GOOD, "utf-8-sig")
write_csv("ledger-gb18030.csv", [CANONICAL] + GOOD, "gb18030", delimiter="\t")
write_csv("ledger-bad.csv", [CANONICAL] + BAD, "utf-8-sig")
write_xlsx("ledger.xlsx", ids_as_numbers=False)
write_xlsx("ledger-id-numbers.xlsx", ids_as_numbers=True)

VARIANT_HEADER = ["序号", "编号", "收案日期", "来源", "纠纷类别", "当事人（申请人）", "身份证号码", "对方当事人",
                  "身份证号码", "简要案情", "人数", "标的额（万元）", "调解人员", "调解情况", "协议形式：", "协议时间",
                  "协议金额（元）", "协议履行情况", "办结日期", "备注"]
VARIANT_ROWS = [
    ["1", "石调〔2024〕01", "2024.1.8", "申请", "邻里", "张三", A, "李四", B, "排水沟堵塞致屋内进水", "2人", "0.5",
     "王调解", "调解成功", "书面协议", "2024.1.15", "3000", "已履行", "2024.1.30", "无"],
    ["2", "石调〔2024〕02", "2024.2.1", "派出所移交", "交通事故", "王五", C, "孙七", "", "电动车相撞", "2", "1.2",
     "李调解", "调解不成", "", "", "", "", "2024.2.20", ""],
]
write_csv("ledger-variants.csv",
          [["石浦镇人民调解委员会调解案件登记台账"], ["填报单位：石浦镇司法所", "", "", "2024年度"], VARIANT_HEADER]
          + VARIANT_ROWS, "utf-8")

MISSING = [c for c in CANONICAL if c != "纠纷类型"]
write_csv("ledger-missing-column.csv", [MISSING, GOOD[0][:3] + GOOD[0][4:]], "utf-8-sig")
