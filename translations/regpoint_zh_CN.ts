<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RegPoint::App::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Signed in as %1. Every change here is recorded in the audit log.</source>
        <translation>已验证：%1。此处的每项更改都记入审计日志。</translation>
    </message>
    <message>
        <source>%1, type your password again: someone else may have sat down at the desk since you logged in.</source>
        <translation>%1，请再次输入密码：登录后可能已有他人坐到工作台前。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>This point</source>
        <translation>本报名点</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
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
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A signed copy of the audit log (who did what and when: codes and record numbers, no candidate&apos;s name or ID number) for the county office. Plug in the USB drive and export to it.</source>
        <translation>审计日志的签名副本（谁在何时做了什么：只有代码和记录编号，不含考生姓名或证件号码），供县招生办查阅。请插入U盘后导出。</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Point code</source>
        <translation>报名点代码</translation>
    </message>
    <message>
        <source>Not provisioned: records are kept here and sealed once the technician installs the point&apos;s certificate.</source>
        <translation>尚未完成部署：记录保存在本机，技术人员安装本点证书后再封存。</translation>
    </message>
    <message>
        <source>Waiting for the province&apos;s certificate (the request was written).</source>
        <translation>正在等待省考试院签发证书（证书申请已生成）。</translation>
    </message>
    <message>
        <source>Provisioned: records are sealed and signed.</source>
        <translation>已完成部署：记录已加密封存并签名。</translation>
    </message>
    <message>
        <source>Provisioned, but the keys did not load: call the technician.</source>
        <translation>已部署，但密钥未能加载：请联系技术人员。</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>部署状态</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>证书有效期至</translation>
    </message>
    <message>
        <source>Province settings</source>
        <translation>省级配置</translation>
    </message>
    <message>
        <source>version %1, received %2</source>
        <translation>第 %1 版，%2 收到</translation>
    </message>
    <message>
        <source>Registration window</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>none yet: they come with the first sync</source>
        <translation>尚无：首次同步时下发</translation>
    </message>
    <message>
        <source>Registration numbers left</source>
        <translation>剩余报名流水号</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>空闲锁屏</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo attempts before a supervisor</source>
        <translation>需主管批准前的拍照次数</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>打印队列</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Intake server</source>
        <translation>省级接收服务器</translation>
    </message>
    <message>
        <source>none: records go by USB</source>
        <translation>无：记录通过U盘上报</translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation>%1 现在可以登录了。</translation>
    </message>
    <message>
        <source>The password of %1 is reset. Tell them to log in with it.</source>
        <translation>%1 的密码已重置。请告知其用新密码登录。</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>This point is not provisioned yet: the log cannot be signed. Ask the technician.</source>
        <translation>本报名点尚未完成部署：日志无法签名。请联系技术人员。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1, signed.</source>
        <translation>
            <numerusform>已导出 %n 条事件到 %1，并已签名。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no folder %1. Plug in the USB drive and type the folder it opened as.</source>
        <translation>没有文件夹 %1。请插入U盘，并输入它打开后的文件夹。</translation>
    </message>
    <message>
        <source>%1 is on this computer&apos;s own disk, not on a USB drive. Plug in the drive and choose its folder.</source>
        <translation>%1 在本机硬盘上，不在U盘上。请插入U盘并选择它的文件夹。</translation>
    </message>
    <message>
        <source>The printer and the intake server are the technician&apos;s, set up with the machine.</source>
        <translation>打印机和接收服务器由技术人员在安装机器时设置。</translation>
    </message>
    <message>
        <source>The point&apos;s administrator changes the desk settings here; the printer and the intake server are the technician&apos;s. Every change is audited.</source>
        <translation>工作站设置由报名点管理员在此更改；打印机和接收服务器由技术人员设置。每次更改都记入审计日志。</translation>
    </message>
    <message>
        <source>Settings saved. They apply from now on.</source>
        <translation>设置已保存，立即生效。</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Provision this point from a USB drive</source>
        <translation>从U盘开通本报名点</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::BatchPrintDialog</name>
    <message>
        <source>Print all sheets</source>
        <translation>批量打印登记表</translation>
    </message>
    <message>
        <source>Print every sheet not printed yet</source>
        <translation>打印所有尚未打印的登记表</translation>
    </message>
    <message>
        <source>In the order of the registration numbers, one at a time. Keep paper in the printer; if a sheet fails, printing pauses and that sheet is printed again when you resume.</source>
        <translation>按报名流水号顺序逐份打印。请保持打印机有纸；某份打印失败时会暂停，继续后重新打印该份。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop after this sheet</source>
        <translation>打完这份后停止</translation>
    </message>
    <message>
        <source>Close (printing goes on)</source>
        <translation>关闭（打印继续）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>已暂停：%1</translation>
    </message>
    <message>
        <source>Paused after %1 of %2 sheets.</source>
        <translation>已暂停：共 %2 份，已打印 %1 份。</translation>
    </message>
    <message>
        <source>Printing sheet %1 of %2…</source>
        <translation>正在打印第 %1 份，共 %2 份……</translation>
    </message>
    <message>
        <source>%1 of %2 sheets printed.</source>
        <translation>共 %2 份，已打印 %1 份。</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) could not be made (a form too full for the page): tell the exam office.</source>
        <translation>
            <numerusform>%n 份登记表无法生成（报名表内容超出一页）：请告知考试院。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Go on with another printer…</source>
        <translation>换一台打印机继续…</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::CardReviewScreen</name>
    <message>
        <source>ID card read: check it with the candidate</source>
        <translation>已读取身份证：请与考生一起核对</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>Enter by hand instead</source>
        <translation>改为手工录入</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>The photo could not be decoded.</source>
        <translation>照片无法解码。</translation>
    </message>
    <message>
        <source>Photo decoder not installed</source>
        <translation>照片解码组件未安装</translation>
    </message>
    <message>
        <source>%1 to no end date</source>
        <translation>%1 至 长期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Newer address</source>
        <translation>最新住址</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Pass number</source>
        <translation>通行证号码</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>This card failed a check that blocks saving. Enter the document by hand and ask the supervisor.</source>
        <translation>该证件有一项核验未通过，不能保存。请改为手工录入并联系主管。</translation>
    </message>
    <message>
        <source>This candidate is registered here already: %1, record %2, %3. Do not register again; if something is wrong, ask the supervisor.</source>
        <translation>该考生已在本报名点登记：%1，记录 %2，%3。请勿重复登记；如有问题请找主管。</translation>
    </message>
    <message>
        <source>Continue this registration</source>
        <translation>继续办理此考生</translation>
    </message>
    <message>
        <source>This candidate was saved here on %1 (record %2) and is not complete: %3. Go on from there; nothing is registered twice.</source>
        <translation>此考生已于 %1 在本点保存（记录 %2），尚未办完：%3。请从这一步继续，不会重复登记。</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>打开已有记录</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>受理机关</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::CheckList</name>
    <message numerus="yes">
        <source>%n other check(s) passed.</source>
        <translation>
            <numerusform>其余 %n 项检查通过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegPoint::App::DayEndDialog</name>
    <message>
        <source>Day-end review</source>
        <translation>日终审核</translation>
    </message>
    <message>
        <source>Day-end review: the day&apos;s records before they are sent</source>
        <translation>日终审核：报送前审核当日记录</translation>
    </message>
    <message>
        <source>Approve or reject each record. A rejection needs its reason; it goes to the province with the record.</source>
        <translation>请逐条通过或退回。退回须填写原因，原因随记录报送省级。</translation>
    </message>
    <message>
        <source>%1, enter your password again to approve or reject records.</source>
        <translation>%1，请再次输入密码后进行审核。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Approve all shown</source>
        <translation>全部通过</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>采集方式</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>读卡</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Reject the record</source>
        <translation>退回记录</translation>
    </message>
    <message>
        <source>Why is it rejected? The reason goes to the province with the record.</source>
        <translation>退回原因？原因将随记录报送省级。</translation>
    </message>
    <message>
        <source>Approve all</source>
        <translation>全部通过</translation>
    </message>
    <message>
        <source>Approve every record in the list?</source>
        <translation>通过列表中的全部记录？</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) approved.</source>
        <translation>
            <numerusform>已通过 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核决定</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::DayOpenScreen</name>
    <message>
        <source>Start of day</source>
        <translation>开始今天的工作</translation>
    </message>
    <message>
        <source>The first sign-in today: the desk is checked before the first candidate.</source>
        <translation>今天第一次登录：先检查这台工作站，再接待第一位考生。</translation>
    </message>
    <message>
        <source>Open the day anyway: a supervisor records why</source>
        <translation>仍然开始今天的登记：由主管记录原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. reader sent for repair; IDs typed under approval</source>
        <translation>例如：读卡器送修，今日证件经主管审批手工录入</translation>
    </message>
    <message>
        <source>Supervisor&apos;s user name</source>
        <translation>主管用户名</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>Record the reason and open the day</source>
        <translation>记录原因并开始今天的登记</translation>
    </message>
    <message>
        <source>Open the day</source>
        <translation>开始今天的登记</translation>
    </message>
    <message>
        <source>Checking… the devices have a few seconds to answer.</source>
        <translation>正在检查……各设备有几秒钟时间应答。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. Fix what you can and check again; otherwise a supervisor opens the day and records why.</source>
        <translation>
            <numerusform>%n 项检查未通过。能处理的先处理，再重新检查；否则由主管记录原因后开始今天的登记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n thing(s) to pass on to the technician.</source>
        <translation>
            <numerusform>可以开始，有 %n 项需要告知技术人员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>一切就绪。</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>正在打印测试页……</translation>
    </message>
    <message>
        <source>Test page printed: its ruler should measure 100 mm.</source>
        <translation>测试页已打印：页上的标尺应正好是 100 毫米。</translation>
    </message>
    <message>
        <source>The test page did not print: %1</source>
        <translation>测试页未能打印：%1</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::DeskSettingsPanel</name>
    <message>
        <source>Desk settings (take effect at once)</source>
        <translation>工作站设置（立即生效）</translation>
    </message>
    <message>
        <source>Lock an idle desk after</source>
        <translation>无操作自动锁定时间</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Failed photo attempts before a supervisor</source>
        <translation>照片未通过几次后可由主管放行</translation>
    </message>
    <message>
        <source>The camera takes the photo when the candidate is still</source>
        <translation>考生坐稳后自动拍照</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::DeviceStrip</name>
    <message>
        <source> (simulated)</source>
        <translation>（模拟）</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::HomeScreen</name>
    <message>
        <source>registered today</source>
        <translation>今日已登记</translation>
    </message>
    <message>
        <source>not yet sent to the province</source>
        <translation>尚未上报省考试院</translation>
    </message>
    <message>
        <source>New registration: enter ID document by hand</source>
        <translation>新建报名：手工录入证件</translation>
    </message>
    <message>
        <source>For candidates whose ID card cannot be read, or who hold another document.</source>
        <translation>用于身份证无法读取或持其他证件的考生。</translation>
    </message>
    <message>
        <source>Records at this point (newest first)</source>
        <translation>本报名点记录（最新在前）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>采集方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>读卡</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Place the candidate&apos;s ID card on the reader: the record fills in by itself.</source>
        <translation>请将考生的身份证放在阅读器上，信息会自动填入。</translation>
    </message>
    <message>
        <source>Name, ID number or its last 4 digits, registration number</source>
        <translation>姓名、证件号码或其后4位、报名流水号</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>No record matches. Check the spelling, or place the candidate&apos;s ID card on the reader.</source>
        <translation>没有找到匹配的记录。请检查输入，或将考生的身份证放在阅读器上。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n records found: type more to narrow them</source>
        <translation>
            <numerusform>仅显示前 %n 条记录：请输入更多内容缩小范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>找到 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Registration sheets (after registration closes)</source>
        <translation>登记表打印与签字确认（报名截止后）</translation>
    </message>
    <message numerus="yes">
        <source>Day-end review: %n to decide</source>
        <translation>
            <numerusform>日终审核：%n 条待审</numerusform>
        </translation>
    </message>
    <message>
        <source>No record at this point yet. Place the first candidate&apos;s ID card on the reader, or press &quot;New registration&quot; for a document entered by hand.</source>
        <translation>本报名点还没有记录。请把第一位考生的身份证放在阅读器上；证件需手工录入时，请点击「新建报名」。</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::KioskAssembly</name>
    <message>
        <source>A card was read while a form is open. Save or cancel the form, then lift and place the card again.</source>
        <translation>录入表单尚未完成时读到了证件。请先保存或取消表单，再取下证件重新放置。</translation>
    </message>
    <message>
        <source>Keep the card still: reading it again…</source>
        <translation>请保持证件不动，正在重新读取…</translation>
    </message>
    <message>
        <source>Looking for the ID card reader…</source>
        <translation>正在查找身份证阅读器…</translation>
    </message>
    <message>
        <source>No ID card reader found. Plug it in and restart, or enter documents by hand.</source>
        <translation>未找到身份证阅读器。请连接后重启软件，或手工录入证件。</translation>
    </message>
    <message>
        <source>No camera found. Plug it in, or import the candidates&apos; photo files.</source>
        <translation>未找到摄像头。请连接摄像头，或导入考生的照片文件。</translation>
    </message>
    <message>
        <source>Simulated devices: F8 places a demo card, F9 takes it off; F10 shows what the printer printed, F11 takes its paper out or puts it back.</source>
        <translation>模拟设备：按 F8 放一张演示证件，按 F9 取走；按 F10 查看打印机打印的内容，按 F11 取出或装回打印纸。</translation>
    </message>
    <message>
        <source>Close the open window first, then place the card again.</source>
        <translation>请先关闭打开的窗口，再重新放卡。</translation>
    </message>
    <message>
        <source>Simulated printer %1: out of paper (F11 loads paper).</source>
        <translation>模拟打印机 %1：缺纸（按 F11 装纸）。</translation>
    </message>
    <message>
        <source>Simulated printer %1: paper loaded.</source>
        <translation>模拟打印机 %1：已装纸。</translation>
    </message>
    <message>
        <source>A card was read while this candidate is not finished. Finish first, then lift and place the next card again.</source>
        <translation>当前考生尚未办完时读到了一张身份证。请先办完当前考生，再把下一张身份证拿起后重新放上。</translation>
    </message>
    <message>
        <source>A card was read before the day was opened. Open the day first, then lift and place the card again.</source>
        <translation>今天的登记尚未开始时读到了证件。请先开始今天的登记，再拿起证件重新放上。</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::LeaveQuestion</name>
    <message>
        <source>Keep working</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <source>Lock, keep it</source>
        <translation>锁定并保留</translation>
    </message>
    <message>
        <source>Log out, discard it</source>
        <translation>退出并放弃</translation>
    </message>
    <message>
        <source>A candidate&apos;s registration is open. Log out now and what is on this screen is lost (anything already saved stays); lock the desk instead and it waits for you.</source>
        <translation>有考生的报名正在进行。现在退出登录，本屏幕上的内容将丢失（已保存的不受影响）；改为锁定本机，内容会保留等您回来。</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::LockScreen</name>
    <message>
        <source>Desk locked</source>
        <translation>工作台已锁定</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Nothing was lost: the work in progress is kept underneath. %1 or a supervisor can unlock the desk.</source>
        <translation>没有丢失任何内容：正在办理的工作保留在下面。%1 或主管可以解锁。</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::LoginScreen</name>
    <message>
        <source>RegPoint registration workstation</source>
        <translation>报名点工作站</translation>
    </message>
    <message>
        <source>Hunan gaokao registration point</source>
        <translation>湖南省普通高考报名点</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::MainWindow</name>
    <message>
        <source>RegPoint · gaokao registration</source>
        <translation>报名点工作站 · 高考报名</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>RegPoint registration workstation</source>
        <translation>报名点工作站</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::ManualEntryScreen</name>
    <message>
        <source>New registration: ID document entered by hand</source>
        <translation>新建报名：手工录入证件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number (18 characters)</source>
        <translation>公民身份号码（18位）</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>出生日期（年-月-日）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard what was typed for this candidate?</source>
        <translation>放弃为该考生已填写的内容？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 / 18 位</translation>
    </message>
    <message>
        <source>Valid: %1, born %2</source>
        <translation>号码有效：%1，出生于 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention. Nothing was saved; what you typed is kept.</source>
        <translation>
            <numerusform>有 %n 项需要修改。记录尚未保存，已填写的内容都保留着。</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor&apos;s approval: a typed ID document is an exception</source>
        <translation>主管审批：手工录入证件属于例外情况</translation>
    </message>
    <message>
        <source>Supervisor&apos;s user name</source>
        <translation>主管用户名</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>打开已有记录</translation>
    </message>
    <message>
        <source>Registered here already: record %1, %2. Open it rather than register again.</source>
        <translation>本点已登记：记录 %1，%2。请打开该记录，不要重复登记。</translation>
    </message>
    <message>
        <source>Correct the typed details, then review them again</source>
        <translation>更正手工录入的信息，然后重新审查</translation>
    </message>
    <message>
        <source>Drop the correction? The record stays as it was and the preview opens again.</source>
        <translation>放弃更正？记录保持原样，回到核对页面。</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::PhotoOverridePanel</name>
    <message>
        <source>Supervisor: accept this photo although it fails a check. Sign in and write why.</source>
        <translation>主管：照片有检查项未通过，仍予接受。请登录并写明原因。</translation>
    </message>
    <message>
        <source>Supervisor username</source>
        <translation>主管用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Reason (for example: a medical condition keeps one eye closed)</source>
        <translation>原因（例如：因眼疾一只眼睛无法睁开）</translation>
    </message>
    <message>
        <source>Accept photo</source>
        <translation>接受照片</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::PhotoScreen</name>
    <message>
        <source>Auto capture when still</source>
        <translation>静止后自动拍照</translation>
    </message>
    <message>
        <source>ID card photo</source>
        <translation>身份证照片</translation>
    </message>
    <message>
        <source>New photo</source>
        <translation>新照片</translation>
    </message>
    <message>
        <source>Photo later</source>
        <translation>稍后拍照</translation>
    </message>
    <message>
        <source>Import photo file…</source>
        <translation>导入照片文件…</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>主管特批…</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>使用这张照片</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>Photo: %1   %2</source>
        <translation>照片采集：%1   %2</translation>
    </message>
    <message>
        <source>No card photo to compare</source>
        <translation>无身份证照片可对比</translation>
    </message>
    <message>
        <source>The new photo appears here.</source>
        <translation>新照片将显示在这里。</translation>
    </message>
    <message>
        <source>No camera picture. Import the candidate&apos;s photo file, or choose &quot;Photo later&quot;.</source>
        <translation>摄像头没有画面。请导入考生的照片文件，或选择“稍后拍照”。</translation>
    </message>
    <message>
        <source>Ready: hold still.</source>
        <translation>可以拍照：请保持不动。</translation>
    </message>
    <message>
        <source>Candidate&apos;s photo file</source>
        <translation>考生照片文件</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>No photo could be made from this.</source>
        <translation>无法由此生成照片。</translation>
    </message>
    <message>
        <source>The photo meets the rules. Compare it with the ID card photo, then use it.</source>
        <translation>照片符合规范。请与身份证照片对比后使用。</translation>
    </message>
    <message>
        <source>The file is too large to be a photo. Choose the candidate&apos;s photo file.</source>
        <translation>文件太大，不可能是照片。请选择考生的照片文件。</translation>
    </message>
    <message>
        <source>Take another</source>
        <translation>重新拍照</translation>
    </message>
    <message>
        <source>Photo taken: check it on the right, then use it or take another.</source>
        <translation>已拍照：请查看右侧照片，然后使用，或重新拍照。</translation>
    </message>
    <message>
        <source>The photo can be used, but look at the points marked ! first. Compare it with the ID card photo, then use it or take another.</source>
        <translation>照片可以使用，但请先查看标有 ! 的提示。与身份证照片对比后，使用这张照片或重新拍照。</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::PreviewScreen</name>
    <message>
        <source>The candidate checks everything before it is saved</source>
        <translation>请考生核对全部信息，确认后保存</translation>
    </message>
    <message>
        <source>Photo on the ID card</source>
        <translation>身份证照片</translation>
    </message>
    <message>
        <source>Photo taken now</source>
        <translation>现场采集照片</translation>
    </message>
    <message>
        <source>Next: once saved, the record is sealed for the province and the slip with the registration number prints. The candidate completes the rest online with that number.</source>
        <translation>接下来：保存后，记录加密封存待报省考试院，并打印印有报名流水号的报名凭条；考生凭该流水号上网填写其余信息。</translation>
    </message>
    <message>
        <source>Take the photo again</source>
        <translation>重新拍照</translation>
    </message>
    <message>
        <source>Change the review</source>
        <translation>更改资格审查</translation>
    </message>
    <message>
        <source>All correct: save</source>
        <translation>确认无误，保存</translation>
    </message>
    <message>
        <source>The card&apos;s photo is not shown here (no decoder, or read earlier).</source>
        <translation>此处不显示身份证照片（未安装解码组件，或证件先前已读取）。</translation>
    </message>
    <message>
        <source>Typed document: no card photo.</source>
        <translation>手工录入的证件：没有证件照片。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>采集方式</translation>
    </message>
    <message>
        <source>read from the ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <source>typed by hand, approved</source>
        <translation>手工录入（主管已批准）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>考生类别</translation>
    </message>
    <message>
        <source>The photo fails a check and was accepted by a supervisor: %1</source>
        <translation>照片未通过某项检查，已由主管特批：%1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Correct the typed details</source>
        <translation>更正录入信息</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::PrinterChoiceDialog</name>
    <message>
        <source>Choose another printer</source>
        <translation>选择其他打印机</translation>
    </message>
    <message>
        <source>Print on another printer</source>
        <translation>换一台打印机打印</translation>
    </message>
    <message>
        <source>Looking for the printers of this point…</source>
        <translation>正在查找本报名点的打印机…</translation>
    </message>
    <message>
        <source>Print here</source>
        <translation>用这台打印机打印</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopped: it prints nothing until a supervisor restarts it.</source>
        <translation>已停止：在主管重新启动前不会打印。</translation>
    </message>
    <message>
        <source>Takes no new jobs.</source>
        <translation>不接受新的打印任务。</translation>
    </message>
    <message>
        <source>Printing; a sheet waits its turn.</source>
        <translation>正在打印；登记表需排队等候。</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>description (queue)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — in use at this desk</source>
        <comment>printer</comment>
        <translation>%1 — 本台正在使用</translation>
    </message>
    <message>
        <source>Choose a printer that is ready. The sheet prints there now, and so does everything this desk prints until the kiosk restarts.</source>
        <translation>请选择一台就绪的打印机。登记表现在就在那里打印；在本机重启前，本台的所有打印也都送往那台打印机。</translation>
    </message>
    <message>
        <source>This point has no other printer ready. Save the sheet to a USB drive and print it elsewhere.</source>
        <translation>本报名点没有其他就绪的打印机。请将登记表存到U盘，到别处打印。</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::ProvisioningScreen</name>
    <message>
        <source>Provision this point: step 1 of 2</source>
        <translation>开通本报名点：第 1 步，共 2 步</translation>
    </message>
    <message>
        <source>Insert the drive the provincial office prepared for this point. Its folder &quot;regpoint&quot; holds the province&apos;s key and certificate authority (province.pem, ca.pem). This point&apos;s key is made here and never leaves it; its request for a certificate goes back onto the drive.</source>
        <translation>请插入省考试院为本报名点准备的U盘。其中的“regpoint”文件夹存有省级公钥和证书机构（province.pem、ca.pem）。本机密钥在本机生成，从不离开本机；证书申请会写回U盘。</translation>
    </message>
    <message>
        <source>Provision this point: step 2 of 2</source>
        <translation>开通本报名点：第 2 步，共 2 步</translation>
    </message>
    <message>
        <source>The provincial office issues this point&apos;s certificate from its request. Insert the drive with the certificate.</source>
        <translation>省考试院根据证书申请签发本报名点的证书。请插入存有证书的U盘。</translation>
    </message>
    <message>
        <source>This point is provisioned</source>
        <translation>本报名点已开通</translation>
    </message>
    <message>
        <source>Point code (county code, dash, number, as in the province&apos;s letter)</source>
        <translation>报名点代码（县区代码-编号，与省考试院函件一致）</translation>
    </message>
    <message>
        <source>e.g. 430102-01</source>
        <translation>例如 430102-01</translation>
    </message>
    <message>
        <source>USB drive (where it is mounted)</source>
        <translation>U盘（挂载位置）</translation>
    </message>
    <message>
        <source>No drive found: insert it, then tap Look again</source>
        <translation>未找到U盘：请插入后点击“重新查找”</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Read the province&apos;s files</source>
        <translation>读取省级文件</translation>
    </message>
    <message>
        <source>The fingerprint matches: make this point&apos;s key</source>
        <translation>指纹一致：生成本机密钥</translation>
    </message>
    <message>
        <source>Point %1 has its key. Its request is %2: take it to the provincial office, which returns the certificate as regpoint/%3 on the drive.</source>
        <translation>报名点 %1 的密钥已生成。证书申请为 %2：请交给省考试院，证书将以 regpoint/%3 存于U盘返回。</translation>
    </message>
    <message>
        <source>Install the certificate</source>
        <translation>安装证书</translation>
    </message>
    <message>
        <source>Write the request again</source>
        <translation>重新写入证书申请</translation>
    </message>
    <message>
        <source>Point %1 is provisioned until %2: records are sealed and signed for the province. Records sealed now that had waited: %3.</source>
        <translation>报名点 %1 已开通，有效期至 %2：记录将加密签名后报送省级。刚才补做封存的等待记录：%3 条。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Until the point is provisioned, records are kept here unsealed and cannot be sent. A supervisor continues from Administration, This point.</source>
        <translation>开通之前，记录保存在本机、尚未封存，无法报送。主管可在“管理 → 本报名点”中继续开通。</translation>
    </message>
    <message>
        <source>Type the point code as the province&apos;s letter gives it: 6 digits, a dash and 2 to 4 digits, e.g. 430102-01.</source>
        <translation>请按省考试院函件填写报名点代码：6 位数字、短横线、2 至 4 位数字，例如 430102-01。</translation>
    </message>
    <message>
        <source>The request is on the drive: %1.</source>
        <translation>证书申请已写入U盘：%1。</translation>
    </message>
    <message>
        <source>Province&apos;s certificate authority: %1
Fingerprint:
%2
Compare the fingerprint with the one in the provincial office&apos;s letter. Go on only if every group is the same.</source>
        <translation>省级证书机构：%1
指纹：
%2
请与省考试院函件中的指纹逐组核对，每一组都相同才可继续。</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::RecordDialog</name>
    <message>
        <source>Saved: %1</source>
        <translation>保存：%1</translation>
    </message>
    <message>
        <source>Eligibility review: eligible</source>
        <translation>资格审查：符合条件</translation>
    </message>
    <message>
        <source>Eligibility review: refused</source>
        <translation>资格审查：不予通过</translation>
    </message>
    <message>
        <source>Photo accepted by a supervisor despite a failed check</source>
        <translation>照片未通过检测，由主管批准采用</translation>
    </message>
    <message>
        <source>Capture slip printed</source>
        <translation>回执已打印</translation>
    </message>
    <message>
        <source>Capture slip did not print (%1)</source>
        <translation>回执未打印（%1）</translation>
    </message>
    <message>
        <source>Registration sheet printed</source>
        <translation>登记表已打印</translation>
    </message>
    <message>
        <source>Registration sheet saved to a USB drive</source>
        <translation>登记表已存入U盘</translation>
    </message>
    <message>
        <source>Registration sheet sent to the printer</source>
        <translation>登记表已发送到打印机</translation>
    </message>
    <message>
        <source>Registration sheet did not print (%1)</source>
        <translation>登记表未打印（%1）</translation>
    </message>
    <message>
        <source>Registration sheet signed by the candidate</source>
        <translation>考生已在登记表上签字确认</translation>
    </message>
    <message>
        <source>Registration sheet sent back for correction</source>
        <translation>登记表退回修改</translation>
    </message>
    <message>
        <source>Working copy removed after the province&apos;s final answer</source>
        <translation>省考试院最终答复后，本地工作副本已清除</translation>
    </message>
    <message>
        <source>Next: the eligibility review, then the photo.</source>
        <translation>下一步：资格审查，然后拍照。</translation>
    </message>
    <message>
        <source>Eligible. Next: the photo.</source>
        <translation>审查通过。下一步：拍照。</translation>
    </message>
    <message>
        <source>Refused at the review. When the candidate brings what was missing, review again.</source>
        <translation>资格审查未通过。考生补齐材料后，可重新审查。</translation>
    </message>
    <message>
        <source>Registered. The record goes to the province with the next sync; nothing is left to do at the desk.</source>
        <translation>已登记。记录将在下次同步时上报省考试院，报名点无需再办理。</translation>
    </message>
    <message>
        <source>Registered and accepted by the province. The candidate fills in the rest online.</source>
        <translation>已登记，省考试院已接收。考生在网上填写其余信息。</translation>
    </message>
    <message>
        <source>The province did not take this record as it is. Ask the supervisor before anything else.</source>
        <translation>省考试院未按原样接收此记录。请先联系主管，再做其他处理。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>资格审查</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>重新审查</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Print slip again</source>
        <translation>重新打印回执</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>报名流水号</translation>
    </message>
    <message>
        <source>not given yet: it comes with the photo, or with the next sync</source>
        <translation>尚未分配：照片合格后或下次同步时分配</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>采集方式</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>读卡</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>the printer reported an error</source>
        <translation>打印机报告故障</translation>
    </message>
    <message>
        <source>the printer did not answer</source>
        <translation>打印机无响应</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>To go on with it, discard what is open, check the candidate&apos;s document against this record and open it from the list.</source>
        <translation>如要继续办理：先放弃当前内容，核对考生证件与此记录一致后，从列表中打开该记录。</translation>
    </message>
    <message>
        <source>Typed details corrected before sealing: a new version, reviewed again</source>
        <translation>封存前更正了录入信息：生成新版本并重新审查</translation>
    </message>
    <message>
        <source>Accepted by the province without its registration number: the candidate cannot register online with it until the technician and the exam office have sorted the number out.</source>
        <translation>省考试院已接收，但没有收下它的报名流水号：技术人员与考试院处理好号码之前，考生不能凭此号上网报名。</translation>
    </message>
    <message>
        <source>The province holds this record, but not its registration number %1: another record came with the same number first. The candidate cannot register online with this slip. Keep the candidate&apos;s slip and call the technician.</source>
        <translation>省考试院已收到这条记录，但没有收下它的报名流水号 %1：另一条记录先用了这个号码。考生不能凭这张回执上网报名。请留下考生的回执，并联系技术人员。</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::ReviewScreen</name>
    <message>
        <source>Candidate category</source>
        <translation>考生类别</translation>
    </message>
    <message>
        <source>Documents seen (tick each one)</source>
        <translation>已查验材料（逐项勾选）</translation>
    </message>
    <message>
        <source>Record as not eligible</source>
        <translation>记录为不符合</translation>
    </message>
    <message>
        <source>Review later</source>
        <translation>稍后审查</translation>
    </message>
    <message>
        <source>Eligible: take the photo</source>
        <translation>符合条件，去拍照</translation>
    </message>
    <message>
        <source>Found not eligible here on %1: %2. Review again with what the candidate brought.</source>
        <translation>此考生曾于 %1 在本点审查不符合：%2。请核对考生补带的材料后重新审查。</translation>
    </message>
    <message>
        <source>%1    %2    record %3, saved %4</source>
        <translation>%1    %2    记录 %3，保存于 %4</translation>
    </message>
    <message>
        <source>Eligibility review with the candidate</source>
        <translation>资格审查：与考生逐项核对</translation>
    </message>
    <message>
        <source>The candidate confirms each statement</source>
        <translation>考生逐项确认以下情况属实</translation>
    </message>
    <message>
        <source>Details (needed for &quot;another reason&quot;)</source>
        <translation>说明（选“其他原因”时必填）</translation>
    </message>
    <message>
        <source>Not eligible because…</source>
        <translation>不符合条件的原因…</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::SavedScreen</name>
    <message>
        <source>✓ Record saved</source>
        <translation>✓ 记录已保存</translation>
    </message>
    <message>
        <source>Next candidate</source>
        <translation>下一位考生</translation>
    </message>
    <message>
        <source>%1   %2
Record %3, saved at %4</source>
        <translation>%1   %2
记录 %3，保存于 %4</translation>
    </message>
    <message numerus="yes">
        <source>Back to the start screen in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后自动返回首页。</numerusform>
        </translation>
    </message>
    <message>
        <source>The record waits in this point&apos;s queue. Its review, photo and the printed sheet follow.</source>
        <translation>记录已进入本报名点待上报队列。资格审核、照片采集和登记表打印在后续步骤完成。</translation>
    </message>
    <message>
        <source>Registration number  %1</source>
        <translation>报名流水号  %1</translation>
    </message>
    <message>
        <source>No registration number left at this point: the record is kept and gets its number at the next sync. Connect the network and press Sync now.</source>
        <translation>本点的报名流水号已用完：记录已保存，下次同步后分配流水号。请连接网络并点击“立即同步”。</translation>
    </message>
    <message>
        <source>Print the slip again</source>
        <translation>重新打印凭条</translation>
    </message>
    <message>
        <source>The candidate continues online with this number. The record and its photo wait in this point&apos;s queue.</source>
        <translation>考生凭此流水号继续网上报名。记录和照片已进入本报名点待上报队列。</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::SetupScreen</name>
    <message>
        <source>First start: create the supervisor account</source>
        <translation>首次使用：创建主管账户</translation>
    </message>
    <message>
        <source>This workstation has no operators yet. The supervisor opens and closes the day, approves exceptions and creates the clerks&apos; accounts.</source>
        <translation>本工作站还没有任何操作员。主管负责开始和结束当天工作、审批例外情况，并为工作人员创建账户。</translation>
    </message>
    <message>
        <source>User name (for logging in)</source>
        <translation>用户名（登录用）</translation>
    </message>
    <message>
        <source>Full name (printed on sheets)</source>
        <translation>姓名（打印在登记表上）</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>e.g. wang.li</source>
        <translation>例如 wang.li</translation>
    </message>
    <message>
        <source>Create supervisor</source>
        <translation>创建主管账户</translation>
    </message>
    <message>
        <source>Password (%1 to %2 characters; mix letters, digits or symbols)</source>
        <translation>密码（%1 至 %2 个字符，请混用字母、数字或符号）</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::SheetsScreen</name>
    <message>
        <source>Registration sheets: print, check, sign</source>
        <translation>登记表：打印、核对、签字</translation>
    </message>
    <message>
        <source>Place the candidate&apos;s ID card on the reader, or type the registration number from their slip.</source>
        <translation>请考生将身份证放在读卡器上，或输入其凭条上的报名流水号。</translation>
    </message>
    <message>
        <source>Registration number (报名流水号)</source>
        <translation>报名流水号</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Print all sheets…</source>
        <translation>批量打印……</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>Print the sheet</source>
        <translation>打印登记表</translation>
    </message>
    <message>
        <source>Reprint: no page came out / jammed</source>
        <translation>重打原因：没出纸 / 卡纸</translation>
    </message>
    <message>
        <source>Reprint: the candidate&apos;s copy is damaged</source>
        <translation>重打原因：考生的表已损坏</translation>
    </message>
    <message>
        <source>Reprint: the copy was lost</source>
        <translation>重打原因：表已遗失</translation>
    </message>
    <message>
        <source>✓ The candidate checked and signed the sheet</source>
        <translation>✓ 考生已核对并签字</translation>
    </message>
    <message>
        <source>What is wrong on the sheet, in the candidate&apos;s words</source>
        <translation>按考生所说，登记表哪里有误</translation>
    </message>
    <message>
        <source>Request a correction</source>
        <translation>申请更正</translation>
    </message>
    <message>
        <source>Next candidate</source>
        <translation>下一位考生</translation>
    </message>
    <message>
        <source>Forms received: %1 · sheets printed: %2 · signed: %3 · corrections asked: %4</source>
        <translation>已收到报名表：%1 · 已打印：%2 · 已签字：%3 · 申请更正：%4</translation>
    </message>
    <message>
        <source>%1   %2
Registration number %3</source>
        <translation>%1   %2
报名流水号 %3</translation>
    </message>
    <message>
        <source>The province has not sent this candidate&apos;s form yet. Press Sync now on the start screen; the forms come after registration closes.</source>
        <translation>省里尚未发来该考生的报名表。请在首页按“立即同步”；报名截止后报名表才会下发。</translation>
    </message>
    <message>
        <source>Signed on %1. Print again only if the candidate needs another copy.</source>
        <translation>已于 %1 签字。仅在考生需要另一份时才重新打印。</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n time(s). Let the candidate check every line, then record what they say.</source>
        <translation>
            <numerusform>已打印 %n 次。请考生逐行核对，然后记录考生的意见。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>尚未打印。</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>No form yet</source>
        <translation>暂无报名表</translation>
    </message>
    <message>
        <source>Type the registration number from the candidate&apos;s slip, or read their ID card.</source>
        <translation>请输入考生凭条上的报名流水号，或读取其身份证。</translation>
    </message>
    <message>
        <source>Signed: recorded, and it goes to the province with the next sync. Next candidate, please.</source>
        <translation>已签字：已记录，下次同步时报送省里。请下一位考生。</translation>
    </message>
    <message>
        <source>The correction request is recorded and goes to the province with the next sync. Keep the unsigned sheet; the candidate signs the corrected one.</source>
        <translation>更正申请已记录，下次同步时报送省里。未签字的登记表请留存；考生在更正后的表上签字。</translation>
    </message>
    <message>
        <source>Save the sheet to a USB drive, to print elsewhere</source>
        <translation>将登记表存到 U 盘，换台打印机打印</translation>
    </message>
    <message>
        <source>Choose the USB drive</source>
        <translation>选择 U 盘</translation>
    </message>
    <message>
        <source>Saved as %1. Print it on another printer now, then delete the file: it holds the candidate&apos;s data.</source>
        <translation>已保存为 %1。请立即在另一台打印机上打印，然后删除该文件：文件含考生个人信息。</translation>
    </message>
    <message>
        <source>Why print again? Choose…</source>
        <translation>为什么重新打印？请选择……</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>取消打印</translation>
    </message>
    <message>
        <source>Batch paused at %1 of %2</source>
        <translation>批量打印已暂停：%2 份中已打 %1 份</translation>
    </message>
    <message>
        <source>Batch printing %1 of %2</source>
        <translation>批量打印中：第 %1 份，共 %2 份</translation>
    </message>
    <message>
        <source>Correction asked on %1; it goes to the province with the next sync.</source>
        <translation>已于 %1 申请更正，下次同步时报送省里。</translation>
    </message>
    <message>
        <source>Choose why the sheet is printed again: every copy is on record with its reason.</source>
        <translation>请选择重新打印的原因：每一份打印都连同原因记录在案。</translation>
    </message>
    <message>
        <source>That folder is on this computer&apos;s own disk. Put in a USB drive and choose the drive itself.</source>
        <translation>该文件夹在本机自己的磁盘上。请插入 U 盘，并选择 U 盘本身。</translation>
    </message>
    <message>
        <source>Print on another printer…</source>
        <translation>换一台打印机打印…</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) from the province could not be taken here: tell the exam office.</source>
        <translation>
            <numerusform>%n 份报名表无法在此接收：请告知考试院。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegPoint::App::SimulatedPrintsDialog</name>
    <message>
        <source>Simulated printer: what it printed</source>
        <translation>模拟打印机：已打印的内容</translation>
    </message>
    <message>
        <source>Nothing printed yet.</source>
        <translation>尚未打印任何内容。</translation>
    </message>
    <message>
        <source>The page cannot be shown: pdftoppm (poppler-utils) is missing or failed.</source>
        <translation>无法显示该页：pdftoppm（poppler-utils）未安装或运行失败。</translation>
    </message>
    <message>
        <source>%1, job %2: %3</source>
        <translation>%1，任务 %2：%3</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::SyncStrip</name>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>%n 秒后</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Every record has reached the province (last checked %1).</source>
        <translation>全部记录已送达省级（最近核对 %1）。</translation>
    </message>
    <message>
        <source>Every record has reached the province.</source>
        <translation>全部记录已送达省级。</translation>
    </message>
    <message>
        <source>Sending to the province: %1 of %2 record(s).</source>
        <translation>正在上传到省级：第 %1 条，共 %2 条。</translation>
    </message>
    <message numerus="yes">
        <source>The province&apos;s server cannot be reached right now. Nothing is lost: %n record(s) wait here and are sent by themselves; next try %1.</source>
        <translation>
            <numerusform>暂时连不上省级服务器。记录不会丢失：%n 条记录保存在本机，会自动上传；%1 再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending has stopped. Call the technician.</source>
        <translation>上传已停止。请联系技术人员。</translation>
    </message>
    <message>
        <source>%1 / %2 KB</source>
        <translation>%1 / %2 KB</translation>
    </message>
    <message>
        <source>Sending to the province is not set up: records are kept safely here. Export them to a USB drive at day end, or ask the technician to set up the server.</source>
        <translation>尚未设置向省级上传：记录都安全保存在本机。请在日终导出到U盘，或请技术人员设置服务器。</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed record(s) waiting to be sent; next sending %1.</source>
        <translation>
            <numerusform>%n 条已封存记录待上传；%1 自动上传。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Audit</name>
    <message numerus="yes">
        <source>Audit chain intact: %n event(s)</source>
        <translation>
            <numerusform>审计链完整：%n 条事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n signed day head(s).</source>
        <translation>
            <numerusform>，%n 个已签名的日终链头。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain BROKEN at event %1: %2. Keep this disk as it is and call the provincial office.</source>
        <translation>审计链在第 %1 条事件处断裂：%2。请保持此磁盘原样，并联系省考试院。</translation>
    </message>
    <message>
        <source>This point is not provisioned, so it cannot sign. Run regpointctl provision first.</source>
        <translation>本报名点尚未开通，无法签名。请先运行 regpointctl provision。</translation>
    </message>
    <message>
        <source>Audit head of %1 signed.</source>
        <translation>%1 的审计链头已签名。</translation>
    </message>
    <message>
        <source>Name the folder to export to: audit export DIR</source>
        <translation>请指定导出文件夹：audit export 文件夹</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1.</source>
        <translation>无法读取 CA 证书 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1, signed.</source>
        <translation>
            <numerusform>已导出 %n 条事件到 %1，并已签名。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Day</name>
    <message numerus="yes">
        <source>%n day(s) opened.</source>
        <translation>
            <numerusform>共 %n 天开始登记的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1; accepted by %2: %3</source>
        <translation>未通过：%1；由 %2 批准开始登记，理由：%3</translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>各项检查均通过</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::DayEnd</name>
    <message numerus="yes">
        <source>%n record(s) wait for the supervisor&apos;s decision.</source>
        <translation>
            <numerusform>%n 条记录等待主管审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Give --supervisor NAME and --approve-all, --approve ID or --reject ID --reason TEXT.</source>
        <translation>请给出 --supervisor 用户名，以及 --approve-all、--approve 记录号 或 --reject 记录号 --reason 原因。</translation>
    </message>
    <message>
        <source>A rejection needs its reason: add --reason &quot;why&quot;.</source>
        <translation>退回必须填写原因：请加上 --reason &quot;原因&quot;。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>没有终端可输入密码：请用 --password-stdin 从标准输入提供密码。</translation>
    </message>
    <message>
        <source>No pending record %1 (or two share that short id): give the full id from `regpointctl day-end list`.</source>
        <translation>没有待审核的记录 %1（或有两条记录短号相同）：请使用 `regpointctl day-end list` 列出的完整记录号。</translation>
    </message>
    <message>
        <source>Approved %1, rejected %2. They go to the province with the next sync or USB export.</source>
        <translation>已通过 %1 条，退回 %2 条。审核结果将随下次同步或U盘导出报送省级。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Demo</name>
    <message>
        <source>--records takes 1 to 100000 and --seed a non-negative number.</source>
        <translation>--records 取 1 到 100000，--seed 取非负整数。</translation>
    </message>
    <message>
        <source>%1 of %2 records…</source>
        <translation>已完成 %1 / %2 条记录…</translation>
    </message>
    <message>
        <source>%1 records registered and sealed in %2 s in %3 (operators demo.clerk / demo-clerk-2026 and demo.supervisor / demo-supervisor-2026).</source>
        <translation>已在 %3 中登记并封存 %1 条记录，用时 %2 秒（操作员 demo.clerk / demo-clerk-2026 和 demo.supervisor / demo-supervisor-2026）。</translation>
    </message>
    <message>
        <source>No record was registered: all %1 candidates of seed %2 are in this store already. Use another --seed.</source>
        <translation>没有登记任何记录：种子 %2 的全部 %1 名考生已在此数据库中。请换一个 --seed。</translation>
    </message>
    <message>
        <source>%1 holds a registration point&apos;s own data (it is not a demo store). A demo day would add synthetic candidates and a demo supervisor to it, so nothing was done. Use an empty folder: --data-dir /tmp/regpoint-demo.</source>
        <translation>%1 存有报名点自己的数据（不是演示数据库）。演示日会向其中加入虚构考生和演示主管账号，因此未做任何操作。请使用空文件夹：--data-dir /tmp/regpoint-demo。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Operators</name>
    <message>
        <source>--role must be clerk, supervisor or admin.</source>
        <translation>--role 只能是 clerk、supervisor 或 admin。</translation>
    </message>
    <message>
        <source>Give --username and --name.</source>
        <translation>请提供 --username 和 --name。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>No terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>没有终端可输入密码：请用 --password-stdin 从标准输入传入密码。</translation>
    </message>
    <message>
        <source>Created %1 %2 (%3).</source>
        <translation>已创建%1 %2（%3）。</translation>
    </message>
    <message>
        <source>Give --username (whose password) and --by (the supervisor or admin who resets it).</source>
        <translation>请提供 --username（要重置谁的密码）和 --by（批准重置的主管或管理员）。</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Password of %1 reset by %2; any lockout is lifted.</source>
        <translation>%1 的密码已由 %2 重置；账户锁定已解除。</translation>
    </message>
    <message numerus="yes">
        <source>A password can have at most %n characters; a line on standard input is longer.</source>
        <translation>
            <numerusform>密码最多 %n 个字符，标准输入中有一行超过了这个长度。</numerusform>
        </translation>
    </message>
    <message>
        <source>A password on standard input is not valid UTF-8 text. Check the encoding and try again.</source>
        <translation>标准输入中的密码不是有效的 UTF-8 文本。请检查编码后重试。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Photo</name>
    <message>
        <source>Name at least one photo file.</source>
        <translation>请至少指定一个照片文件。</translation>
    </message>
    <message>
        <source>Name the photo to fix and the file to write: photo fix IN OUT</source>
        <translation>请指定要修正的照片和输出文件：photo fix 输入 输出</translation>
    </message>
    <message>
        <source>%1 is damaged or is no picture.</source>
        <translation>%1 已损坏或不是图片。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>已写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Not written: the photo cannot be made compliant.</source>
        <translation>未写入：这张照片无法修正到符合要求。</translation>
    </message>
    <message>
        <source>%1 is too large to be a photo (RegPoint reads at most %2 MB). Ask for the photo file again, exported at a smaller size.</source>
        <translation>%1 太大，不可能是照片（RegPoint 最多读取 %2 MB）。请重新索取以较小尺寸导出的照片文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe). Name a new file to write the fixed photo to.</source>
        <translation>%1 不是普通文件（而是文件夹、设备或管道）。请指定一个新文件来保存修正后的照片。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; check the folder and its free space, then run the fix again.</source>
        <translation>无法写入 %1：%2。没有写入任何内容；请检查文件夹及其剩余空间，然后重新运行修正。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Print</name>
    <message>
        <source>No printer queue is set up for this point: set [printer] queue=NAME in kiosk.ini (lpstat -e lists the queues).</source>
        <translation>本报名点未设置打印队列：请在 kiosk.ini 中设置 [printer] queue=队列名（lpstat -e 可列出队列）。</translation>
    </message>
    <message>
        <source>The printer queue %1 cannot be reached: %2</source>
        <translation>无法连接打印队列 %1：%2</translation>
    </message>
    <message>
        <source>Job %1 completed: check that the page came out.</source>
        <translation>任务 %1 已完成：请确认纸张已打印出来。</translation>
    </message>
    <message>
        <source>No record at this point has the registration number %1. Check the number (regpointctl records list shows the records).</source>
        <translation>本报名点没有报名流水号为 %1 的记录。请核对号码（regpointctl records list 可列出记录）。</translation>
    </message>
    <message>
        <source>The record of number %1 is gone.</source>
        <translation>流水号 %1 对应的记录已不存在。</translation>
    </message>
    <message>
        <source>Give one registration number and --pdf FILE.</source>
        <translation>请给出一个报名流水号和 --pdf 文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Give one registration number.</source>
        <translation>请给出一个报名流水号。</translation>
    </message>
    <message>
        <source>This candidate&apos;s form does not fit on one page; nothing was written. Tell the exam office.</source>
        <translation>该考生的表单内容超出一页，未写出任何文件。请告知考试院。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Provision</name>
    <message>
        <source>Certificate installed: point %1 is provisioned until %2. Records are sealed from now on.</source>
        <translation>证书已安装：报名点 %1 已开通，有效期至 %2。此后的记录将加密签名封存。</translation>
    </message>
    <message>
        <source>Provisioned against the DEMO province (records open only with %1).</source>
        <translation>已按演示省级机构开通（记录只能用 %1 中的密钥打开）。</translation>
    </message>
    <message>
        <source>Point %1: %2.</source>
        <translation>报名点 %1：%2。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Give --point-code, --province-key FILE and --ca FILE (or --install-cert FILE).</source>
        <translation>请提供 --point-code、--province-key 文件和 --ca 文件（或 --install-cert 文件）。</translation>
    </message>
    <message>
        <source>Machine key created. Send %1 to the provincial office, then install the certificate they return: regpointctl provision --install-cert FILE</source>
        <translation>本机密钥已生成。请将 %1 发送给省考试院，收到证书后安装：regpointctl provision --install-cert 文件</translation>
    </message>
    <message>
        <source>Give --point-code with --drive.</source>
        <translation>使用 --drive 时请同时给出 --point-code。</translation>
    </message>
    <message>
        <source>The province&apos;s CA on the drive is &quot;%1&quot;, fingerprint %2. Compare it with the provincial office&apos;s letter; if they are the same, run this again with --ca-fingerprint and the fingerprint from the letter.</source>
        <translation>U盘上的省级证书机构为“%1”，指纹 %2。请与省考试院函件核对；一致时，加上 --ca-fingerprint 及函件中的指纹重新运行。</translation>
    </message>
    <message>
        <source>Machine key created. The request is %1: take the drive to the provincial office.</source>
        <translation>本机密钥已生成。证书申请为 %1：请将U盘交给省考试院。</translation>
    </message>
    <message>
        <source>Certificate installed: point %1 is provisioned until %2; %3 waiting record(s) sealed.</source>
        <translation>证书已安装：报名点 %1 已开通，有效期至 %2；已封存 %3 条等待的记录。</translation>
    </message>
    <message>
        <source>Point %1 is provisioned already.</source>
        <translation>报名点 %1 已开通。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Reader</name>
    <message>
        <source>--timeout-ms takes a positive number.</source>
        <translation>--timeout-ms 需要一个正数。</translation>
    </message>
    <message>
        <source>No serial ports found.</source>
        <translation>未找到串口。</translation>
    </message>
    <message>
        <source>--baud takes a rate such as 115200 or 9600.</source>
        <translation>--baud 需要一个波特率，例如 115200 或 9600。</translation>
    </message>
    <message>
        <source>No ID card reader found on any serial port. Plug it in, or name it with --port.</source>
        <translation>所有串口上都没有找到身份证阅读器。请连接阅读器，或用 --port 指定端口。</translation>
    </message>
    <message>
        <source>No card was placed on the reader within %1 ms.</source>
        <translation>在 %1 毫秒内没有放置证件。</translation>
    </message>
    <message>
        <source>Card read failed: %1</source>
        <translation>读卡失败：%1</translation>
    </message>
    <message>
        <source>Keep the card still; retrying…</source>
        <translation>请保持证件不动，正在重试…</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Records</name>
    <message>
        <source>DAMAGED: %1</source>
        <translation>已损坏：%1</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::SelfTest</name>
    <message>
        <source>No camera found. Plug it in; photos can be imported from files until then.</source>
        <translation>未找到摄像头。请接上摄像头；在此之前可从文件导入照片。</translation>
    </message>
    <message>
        <source>Found: %1. Its pictures are checked when the day opens.</source>
        <translation>已找到：%1。开始当日业务时检查其画面。</translation>
    </message>
    <message>
        <source>The store has schema %1, this version %2: run regpointctl db migrate.</source>
        <translation>数据库结构版本为 %1，本程序为 %2：请运行 regpointctl db migrate。</translation>
    </message>
    <message>
        <source>Schema %1, as this version expects.</source>
        <translation>数据库结构版本 %1，与本程序一致。</translation>
    </message>
    <message>
        <source>No intake server is set: records go to the province on USB.</source>
        <translation>未设置省级接收服务器：记录通过U盘报送。</translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation>%1 有应答。</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>自检通过。</translation>
    </message>
    <message>
        <source>Self-test FAILED: see the lines above.</source>
        <translation>自检未通过：见以上各行。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Sync</name>
    <message>
        <source>Province server: %1</source>
        <translation>省级服务器：%1</translation>
    </message>
    <message>
        <source>not set (kiosk.ini [sync] intake)</source>
        <translation>未设置（kiosk.ini [sync] intake）</translation>
    </message>
    <message>
        <source>Not yet answered for: %1; answered but not final: %2; awaiting the supervisor&apos;s decision: %3</source>
        <translation>省级尚未答复：%1；已答复但未最终确定：%2；待审核员决定：%3</translation>
    </message>
    <message>
        <source>Oldest unsent record sealed at %1</source>
        <translation>最早一条未上传记录封存于 %1</translation>
    </message>
    <message>
        <source>Last attempt %1: %2</source>
        <translation>最近一次尝试 %1：%2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>sent %1 of %2 records (%3 of %4 KiB)</source>
        <translation>已上传 %1/%2 条记录（%3/%4 KiB）</translation>
    </message>
    <message>
        <source>Announced %1 record(s), sent %2.</source>
        <translation>已申报 %1 条记录，已上传 %2 条。</translation>
    </message>
    <message>
        <source>Name one folder to export to (the USB drive).</source>
        <translation>请指定一个导出目录（U盘）。</translation>
    </message>
    <message>
        <source>Wrote %1 record(s) to %2, read it back and verified it. The drive may be removed.</source>
        <translation>已将 %1 条记录写入 %2，并已读回校验。现在可以拔出U盘。</translation>
    </message>
    <message>
        <source>Name one batch file (.rpbatch) to verify.</source>
        <translation>请指定一个要校验的批次文件（.rpbatch）。</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1.</source>
        <translation>无法读取CA证书 %1。</translation>
    </message>
    <message>
        <source>This point has no province CA; name one with --ca FILE.</source>
        <translation>本报名点没有省级CA证书；请用 --ca FILE 指定。</translation>
    </message>
    <message>
        <source>The batch file does not verify (%1): %2</source>
        <translation>批次文件校验未通过（%1）：%2</translation>
    </message>
    <message>
        <source>Batch of point %1 verified: %2 record(s), every envelope signed and intact.</source>
        <translation>报名点 %1 的批次校验通过：%2 条记录，每个封包签名完整。</translation>
    </message>
    <message>
        <source>No province settings yet: they come with the first sync.</source>
        <translation>尚未收到省级配置：首次同步时获取。</translation>
    </message>
    <message>
        <source>Province settings version %1; registration %2 to %3; %4 registration numbers left</source>
        <translation>省级配置版本 %1；报名时间 %2 至 %3；剩余报名流水号 %4 个</translation>
    </message>
    <message>
        <source>The province names another address code table than this kiosk&apos;s: addresses are checked against an outdated table. Ask the technician to update the kiosk.</source>
        <translation>省级下发的地址代码表与本机不同：地址正按过时的代码表核对。请联系技术人员更新本机。</translation>
    </message>
    <message>
        <source>Registration forms received: %1; sheet confirmations sent: %2.</source>
        <translation>收到报名表：%1 份；报送登记表确认：%2 条。</translation>
    </message>
    <message>
        <source>Forms and confirmations: %1</source>
        <translation>报名表与确认：%1</translation>
    </message>
</context>
<context>
    <name>RegPoint::Devices::Camera</name>
    <message>
        <source>No camera found. Plug the camera in; RegPoint starts it as soon as it appears. Meanwhile, import photo files.</source>
        <translation>未找到摄像头。请连接摄像头，接上后软件会自动启动它。在此期间可以导入照片文件。</translation>
    </message>
    <message>
        <source>The camera reports a fault: %1. Unplug it and plug it in again.</source>
        <translation>摄像头报告故障：%1。请拔下后重新插上。</translation>
    </message>
    <message>
        <source>The camera was unplugged. Plug it in again.</source>
        <translation>摄像头已拔出。请重新插上。</translation>
    </message>
    <message>
        <source>The simulated camera cannot play %1 (%2).</source>
        <translation>模拟摄像头无法播放 %1（%2）。</translation>
    </message>
    <message>
        <source>The simulated camera&apos;s video %1 does not exist.</source>
        <translation>模拟摄像头的视频文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Devices::Device</name>
    <message>
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>故障</translation>
    </message>
</context>
<context>
    <name>RegPoint::Devices::IdCardReader</name>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>ready: place the ID card</source>
        <translation>就绪：请放置身份证</translation>
    </message>
    <message>
        <source>reading: keep the card still</source>
        <translation>读卡中：请保持证件不动</translation>
    </message>
    <message>
        <source>card on the reader</source>
        <translation>证件在阅读器上</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>The card could not be read. Lift it, place it flat in the middle of the reader and keep it still.</source>
        <translation>证件读取失败。请取下证件，平放在阅读器中央并保持不动。</translation>
    </message>
    <message>
        <source>This is not an ID card the reader knows (a bank or transit card?). Place the second-generation ID card.</source>
        <translation>这不是阅读器能识别的身份证件（可能是银行卡或交通卡）。请放置第二代身份证。</translation>
    </message>
    <message>
        <source>The reader&apos;s answer was damaged. Lift the card and place it again; if it repeats, enter the document by hand.</source>
        <translation>阅读器返回的数据有误。请取下证件重新放置；如反复出现，请手工录入。</translation>
    </message>
    <message>
        <source>The reader stopped answering during the read. Check its cable, then place the card again.</source>
        <translation>读卡过程中阅读器停止响应。请检查连接线，然后重新放置证件。</translation>
    </message>
    <message>
        <source>No reader at %1. Check that it is plugged in; RegPoint keeps trying.</source>
        <translation>%1 上没有阅读器。请检查是否已连接；软件会自动重试。</translation>
    </message>
    <message>
        <source>The reader at %1 does not answer. Unplug it and plug it in again; meanwhile enter documents by hand.</source>
        <translation>%1 上的阅读器没有响应。请拔下后重新插上；在此期间请手工录入证件。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module is not authorised (0x66). Call the technician: the reader needs its keys.</source>
        <translation>阅读器的安全模块未经授权（0x66）。请联系技术人员为阅读器下载密钥。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module failed its self-test (0x60). Replace the reader; enter documents by hand meanwhile.</source>
        <translation>阅读器的安全模块自检失败（0x60）。请更换阅读器；在此期间请手工录入证件。</translation>
    </message>
    <message>
        <source>Place the ID card on the reader.</source>
        <translation>请将身份证放在阅读器上。</translation>
    </message>
    <message>
        <source>No USB ID card reader (%1). Check the cable; RegPoint keeps trying.</source>
        <translation>没有找到 USB 身份证阅读器（%1）。请检查连接线；软件会自动重试。</translation>
    </message>
    <message>
        <source>The USB ID card reader reports a fault: %1</source>
        <translation>USB 身份证阅读器报告故障：%1</translation>
    </message>
    <message>
        <source>The USB ID card reader was unplugged. Plug it in again.</source>
        <translation>USB 身份证阅读器已拔出。请重新插上。</translation>
    </message>
    <message>
        <source>The card was taken off the reader before it was read. Place it again and keep it still until it is read.</source>
        <translation>证件在读取完成前被拿开了。请重新放上，并保持不动，直到读取完成。</translation>
    </message>
    <message>
        <source>The reader at %1 sends damaged or meaningless answers (bad checksums, unknown frames). Check its cable, unplug it and plug it in again; if it repeats, replace the reader and enter documents by hand meanwhile.</source>
        <translation>%1 上的读卡器发回损坏或无意义的应答（校验和错误、未知帧）。请检查线缆，拔下后重新插上；如果仍然出现，请更换读卡器，其间手工录入证件。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Devices::Printer</name>
    <message>
        <source>The printer is out of paper. Load A4 paper; printing continues by itself.</source>
        <translation>打印机缺纸。请装入 A4 纸，打印会自动继续。</translation>
    </message>
    <message>
        <source>Paper is jammed in the printer. Open it, take out the jammed sheet and close it.</source>
        <translation>打印机卡纸。请打开打印机，取出卡住的纸张后关好。</translation>
    </message>
    <message>
        <source>A door of the printer is open. Close it.</source>
        <translation>打印机有盖板未关。请关好。</translation>
    </message>
    <message>
        <source>The printer is out of toner or ink. Replace the cartridge.</source>
        <translation>打印机墨粉或墨水已用完。请更换硒鼓或墨盒。</translation>
    </message>
    <message>
        <source>The printer does not answer. Check that it is switched on and its cable is plugged in.</source>
        <translation>打印机没有响应。请检查打印机是否开机、连接线是否插好。</translation>
    </message>
    <message>
        <source>The printer queue is stopped. A supervisor can restart it.</source>
        <translation>打印队列已停止。请主管重新启用。</translation>
    </message>
    <message>
        <source>The printer reports a fault. Check its display.</source>
        <translation>打印机报告故障。请查看打印机面板上的提示。</translation>
    </message>
    <message>
        <source>The printer queue %1 cannot take the job: check that the printer is on and connected.</source>
        <translation>打印队列 %1 无法接收打印任务：请检查打印机是否开机并已连接。</translation>
    </message>
    <message>
        <source>The printer could not print the job.</source>
        <translation>打印机未能打印该任务。</translation>
    </message>
    <message>
        <source>The job was cancelled at the printer.</source>
        <translation>该打印任务已在打印机端被取消。</translation>
    </message>
    <message numerus="yes">
        <source>The printer did not finish the job within %n second(s); it was cancelled.</source>
        <translation>
            <numerusform>打印机在 %n 秒内未完成打印，任务已取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>The print service does not answer. Waiting for it.</source>
        <translation>打印服务没有响应，正在等待。</translation>
    </message>
    <message>
        <source>The printer queue %1 cannot be reached. Check that the printer is on; a technician can check the print service.</source>
        <translation>无法连接打印队列 %1。请检查打印机是否开机；技术人员可检查打印服务。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The printer queue takes no new jobs. A supervisor can turn it on again.</source>
        <translation>打印队列不接收新任务。请主管重新启用。</translation>
    </message>
    <message>
        <source>This desk has no other printer to choose from.</source>
        <translation>本台没有其他打印机可选。</translation>
    </message>
    <message>
        <source>The print service does not answer, so no other printer can be chosen. Save the sheet to a USB drive instead; a technician can check the print service.</source>
        <translation>打印服务没有响应，无法选择其他打印机。请改为将登记表存到U盘；技术人员可检查打印服务。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Devices::WltPhotoDecoder</name>
    <message>
        <source>No photo decoder is installed: the card photo cannot be shown. The text fields are complete.</source>
        <translation>未安装照片解码组件：无法显示证件照片。文字信息完整。</translation>
    </message>
    <message>
        <source>The photo decoder %1 could not be loaded (%2). Call the technician.</source>
        <translation>照片解码组件 %1 无法加载（%2）。请联系技术人员。</translation>
    </message>
    <message>
        <source>The photo decoder %1 has no function %2. Call the technician.</source>
        <translation>照片解码组件 %1 中没有函数 %2。请联系技术人员。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Exchange::CertificateAuthority</name>
    <message>
        <source>The CA key or certificate cannot be read.</source>
        <translation>无法读取 CA 密钥或证书。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Exchange::Envelope</name>
    <message>
        <source>The province key is missing or is not an RSA key of at least %1 bits. Provision this point again with the key file from the provincial office.</source>
        <translation>省级公钥缺失，或不是至少 %1 位的 RSA 密钥。请用省考试院提供的密钥文件重新开通本报名点。</translation>
    </message>
    <message>
        <source>This point&apos;s machine key or certificate is missing or they do not match. Install the certificate issued for this point (regpointctl provision --install-cert).</source>
        <translation>本报名点的本机密钥或证书缺失，或二者不匹配。请安装为本报名点签发的证书（regpointctl provision --install-cert）。</translation>
    </message>
    <message>
        <source>The record could not be sealed (cryptography error). It stays saved on this point; restart the workstation and call the technician if this repeats.</source>
        <translation>记录无法封存（密码运算错误）。记录仍保存在本机；请重启工作站，如再次出现请联系技术人员。</translation>
    </message>
    <message>
        <source>The province&apos;s private key or the CA certificate cannot be read.</source>
        <translation>无法读取省级私钥或 CA 证书。</translation>
    </message>
    <message>
        <source>This is not a RegPoint sealed record, or it is damaged.</source>
        <translation>这不是报名点工作站封存的记录，或记录已损坏。</translation>
    </message>
    <message>
        <source>The point&apos;s certificate was not valid when the record was sealed (expired or not yet valid).</source>
        <translation>封存记录时报名点证书无效（已过期或尚未生效）。</translation>
    </message>
    <message>
        <source>The point&apos;s certificate was not issued by the province&apos;s CA.</source>
        <translation>报名点证书不是省级 CA 签发的。</translation>
    </message>
    <message>
        <source>The envelope names another machine key or point than its certificate.</source>
        <translation>封存包中的本机密钥或报名点与其证书不一致。</translation>
    </message>
    <message>
        <source>The signature does not match: the record was changed after sealing.</source>
        <translation>签名不符：记录在封存后被改动。</translation>
    </message>
    <message>
        <source>The sealed record&apos;s %1 was changed after sealing.</source>
        <translation>封存记录的 %1 在封存后被改动。</translation>
    </message>
    <message>
        <source>The record is sealed to another province key (id %1).</source>
        <translation>该记录是用另一个省级密钥（编号 %1）封存的。</translation>
    </message>
    <message>
        <source>The record key cannot be unwrapped with this province key.</source>
        <translation>无法用此省级密钥解开记录密钥。</translation>
    </message>
    <message>
        <source>The sealed record does not decrypt: it is damaged.</source>
        <translation>封存记录无法解密：记录已损坏。</translation>
    </message>
    <message>
        <source>The province&apos;s CA certificate cannot be read.</source>
        <translation>无法读取省级 CA 证书。</translation>
    </message>
    <message>
        <source>The envelope is another record&apos;s.</source>
        <translation>该封装属于另一条记录。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Exchange::RecordDocument</name>
    <message>
        <source>The sealed record&apos;s content is not a RegPoint record (%1), or it is damaged.</source>
        <translation>密封记录的内容不是 RegPoint 记录（%1），或已损坏。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::AuditExport</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the drive is plugged in and not full, then try again.</source>
        <translation>无法写入 %1。请检查U盘已插好且未满，然后重试。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::AuditLog</name>
    <message>
        <source>The audit log has been tampered with (its signed head no longer names its newest event), so nothing more is recorded or done. Keep this disk as it is and call the provincial office.</source>
        <translation>审计日志已被篡改（其签名链头不再指向最新事件），因此不再记录或执行任何操作。请保持此磁盘原样，并联系省招生考试机构。</translation>
    </message>
    <message>
        <source>The audit log is broken at event %1 (%2), so its head is not signed. Keep this disk as it is and call the provincial office.</source>
        <translation>审计日志在事件 %1 处断裂（%2），因此未对链头签名。请保持此磁盘原样，并联系省招生考试机构。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::CandidateRecord</name>
    <message>
        <source>Photo accepted</source>
        <translation>照片合格</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Queued for upload</source>
        <translation>等待上报</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Accepted by the province</source>
        <translation>省考试院已接收</translation>
    </message>
    <message>
        <source>Duplicate at the province</source>
        <translation>省考试院判定重复</translation>
    </message>
    <message>
        <source>Conflict: needs a supervisor</source>
        <translation>信息冲突：需主管处理</translation>
    </message>
    <message>
        <source>Rejected by the province</source>
        <translation>省考试院已退回</translation>
    </message>
    <message>
        <source>Review pending</source>
        <translation>待资格审查</translation>
    </message>
    <message>
        <source>Eligible; photo pending</source>
        <translation>审查通过，待拍照</translation>
    </message>
    <message>
        <source>Refused at review</source>
        <translation>资格审查不符合</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::CardChecks</name>
    <message>
        <source>The permanent residence number should have 18 characters starting with 9. Enter the document by hand.</source>
        <translation>永久居留身份证号码应为以 9 开头的 18 位。请手工录入证件。</translation>
    </message>
    <message>
        <source>Check character correct.</source>
        <translation>校验码正确。</translation>
    </message>
    <message>
        <source>The check character of the number is wrong: the chip data is damaged or forged.</source>
        <translation>号码校验码错误：芯片数据已损坏或系伪造。</translation>
    </message>
    <message>
        <source>Number format correct (3 letters, 12 digits).</source>
        <translation>号码格式正确（3位字母加12位数字）。</translation>
    </message>
    <message>
        <source>The permanent residence number is not 3 letters and 12 digits: the chip data is damaged.</source>
        <translation>永久居留证号码不是3位字母加12位数字：芯片数据已损坏。</translation>
    </message>
    <message>
        <source>Birth date matches the number.</source>
        <translation>出生日期与号码一致。</translation>
    </message>
    <message>
        <source>The card&apos;s birth date (%1) differs from the number&apos;s (%2): the chip data is inconsistent.</source>
        <translation>证件上的出生日期（%1）与号码中的（%2）不一致：芯片数据前后矛盾。</translation>
    </message>
    <message>
        <source>Gender matches digit 17.</source>
        <translation>性别与第17位一致。</translation>
    </message>
    <message>
        <source>The card says %1 but digit 17 of the number says %2: the chip data is inconsistent.</source>
        <translation>证件上的性别为%1，但号码第17位表示%2：芯片数据前后矛盾。</translation>
    </message>
    <message>
        <source>A residence permit number must start with 81, 82 or 83.</source>
        <translation>居住证号码必须以 81、82 或 83 开头。</translation>
    </message>
    <message>
        <source>Issued in Hunan.</source>
        <translation>湖南省签发。</translation>
    </message>
    <message>
        <source>Issued in %1, not Hunan: check the candidate&apos;s household registration and eligibility.</source>
        <translation>由%1签发，非湖南：请核对考生的户籍和报名资格。</translation>
    </message>
    <message>
        <source>Valid for life.</source>
        <translation>长期有效。</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>有效期至 %1。</translation>
    </message>
    <message>
        <source>The card expired on %1. Follow the rules for expired cards and ask the supervisor.</source>
        <translation>证件已于 %1 过期。请按过期证件的规定处理并联系主管。</translation>
    </message>
    <message>
        <source>The card&apos;s end of validity is unreadable. Check the printed date.</source>
        <translation>无法读取证件的有效期截止日期。请核对证件上印刷的日期。</translation>
    </message>
    <message>
        <source>A foreigner&apos;s permanent residence card: such holders are normally not gaokao candidates. Ask the supervisor.</source>
        <translation>外国人永久居留身份证：持证人一般不是高考考生。请联系主管。</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>pass number</source>
        <translation>通行证号码</translation>
    </message>
    <message>
        <source>issue count</source>
        <translation>签发次数</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>The card&apos;s text is well formed.</source>
        <translation>证件文字格式正常。</translation>
    </message>
    <message>
        <source>The card&apos;s text is not what a genuine card holds (%1): the reader or the card is faulty or forged. Place the card again; if it repeats, enter the document by hand and tell the supervisor.</source>
        <translation>证件文字不是真实证件所载的内容（%1）：读卡器或证件有故障，或系伪造。请重新放置证件；如果仍然出现，请手工录入证件并报告主管。</translation>
    </message>
    <message>
        <source>ethnic group</source>
        <translation>民族</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::ConfirmationDesk</name>
    <message>
        <source>This candidate was not registered at this point. Their sheet is printed where they registered; the app shows where.</source>
        <translation>该考生不是在本报名点报名的。登记表在其报名的报名点打印；手机应用里可查到是哪个报名点。</translation>
    </message>
    <message>
        <source>No candidate of this point has the registration number %1. Check the number on the slip, or read the candidate&apos;s ID card.</source>
        <translation>本报名点没有报名流水号为 %1 的考生。请核对凭条上的号码，或读取考生的身份证。</translation>
    </message>
    <message>
        <source>This record is gone from the point.</source>
        <translation>本报名点已没有这条记录。</translation>
    </message>
    <message>
        <source>Read the candidate&apos;s ID card first.</source>
        <translation>请先读取考生的身份证。</translation>
    </message>
    <message>
        <source>Write down what the candidate says is wrong on the sheet; the province corrects it from that.</source>
        <translation>请写下考生指出的登记表错误；省里据此更正。</translation>
    </message>
    <message>
        <source>The sheet has not been printed yet: print it and let the candidate check it first.</source>
        <translation>登记表还没有打印：请先打印并让考生核对。</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The candidate&apos;s form is gone.</source>
        <translation>该考生的报名表已不在本机。</translation>
    </message>
    <message>
        <source>This candidate&apos;s record has no registration number yet, so the province has no form for it. Press Sync now on the start screen, then read the card again.</source>
        <translation>该考生的记录还没有报名流水号，省里因此没有其报名表。请在首页按“立即同步”，然后重新读卡。</translation>
    </message>
    <message>
        <source>The sheet could not be written to %1 (is the drive full, read-only or pulled out?). Put the drive in again and retry.</source>
        <translation>登记表无法写入 %1（U 盘是否已满、只读或已拔出？）。请重新插好 U 盘后再试。</translation>
    </message>
    <message>
        <source>The province changed this candidate&apos;s form after the sheet was printed. Print it again and let the candidate check the new sheet.</source>
        <translation>登记表打印后，省里更改了该考生的报名表。请重新打印，让考生核对新的登记表。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::Database</name>
    <message>
        <source>The database %1 is damaged or is not a RegPoint database (%2). It has not been changed. Do not delete it: call the technician and run &quot;regpointctl db check&quot;.</source>
        <translation>数据库 %1 已损坏或不是报名点工作站的数据库（%2）。文件未作任何改动。请不要删除它：请联系技术人员运行“regpointctl db check”。</translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation>缺少 SQLite 文件头</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check that the disk is mounted and writable.</source>
        <translation>无法打开数据库 %1：%2。请检查磁盘是否已挂载且可写。</translation>
    </message>
    <message>
        <source>a SQLite file of another program</source>
        <translation>其他程序的 SQLite 文件</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer RegPoint (schema %2; this version knows up to %3). It has not been changed. Install the newer RegPoint to open it.</source>
        <translation>数据库 %1 由更新版本的报名点工作站写入（结构版本 %2，本软件只支持到 %3）。文件未作任何改动。请安装新版软件后再打开。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>本版本缺少数据库升级脚本 %1。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Call the technician to free space; what you typed is still on screen.</source>
        <translation>磁盘已满，未能保存。请联系技术人员清理空间；已填写的内容仍在屏幕上。</translation>
    </message>
    <message>
        <source>The local database refused the change (%1), so nothing was saved. Try again; if it repeats, call the technician.</source>
        <translation>本地数据库拒绝了这次修改（%1），未能保存。请重试；如反复出现，请联系技术人员。</translation>
    </message>
    <message>
        <source>There is no table %1.</source>
        <translation>没有数据表 %1。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DayClose</name>
    <message>
        <source>Audit chain BROKEN at event %1: %2. The day was not closed. Keep this disk as it is and call the provincial office.</source>
        <translation>审计链在事件 %1 处断裂：%2。当天未结束。请保持此磁盘原样，并联系省招生考试机构。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DayEndReview</name>
    <message>
        <source>Only a supervisor can approve or reject the day&apos;s records. Ask the supervisor to sign in for the day-end review.</source>
        <translation>只有主管可以审核当日记录。请主管登录进行日终审核。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DayOpening</name>
    <message>
        <source>The record of how the day was opened does not match the audit log. Call the technician.</source>
        <translation>今天开始登记的记录与审计日志不符。请联系技术人员。</translation>
    </message>
    <message>
        <source>Today is open already.</source>
        <translation>今天已经开始登记。</translation>
    </message>
    <message>
        <source>Some checks failed: only a supervisor can open the day anyway.</source>
        <translation>有检查未通过：只有主管可以仍然开始今天的登记。</translation>
    </message>
    <message>
        <source>Write why the day opens anyway (at least %1 characters).</source>
        <translation>请写明仍然开始登记的原因（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>The reason could not be encrypted, so the day was not opened. Call the technician.</source>
        <translation>原因无法加密，今天的登记未开始。请联系技术人员。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DemoDay</name>
    <message>
        <source>The data directory is not provisioned; provision it (the demo province will do).</source>
        <translation>数据目录尚未开通；请先开通（可使用演示省级机构）。</translation>
    </message>
    <message>
        <source>The eligibility rules have no final-year category for the demo candidates.</source>
        <translation>资格审查规则中没有演示考生所需的“应届普通高中毕业生”类别。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DemoProvince</name>
    <message>
        <source>Cannot write the demo province to %1.</source>
        <translation>无法将演示省级机构写入 %1。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DocumentType</name>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Household register (no card)</source>
        <translation>户口簿（无身份证）</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Enter the document number exactly as printed.</source>
        <translation>请按证件上印的内容输入证件号码。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters and digits (a Chinese passport: E and 8 characters). Check it on the photo page.</source>
        <translation>护照号码由 5 至 17 位字母和数字组成（中国护照为 E 加 8 位）。请对照护照资料页核对。</translation>
    </message>
    <message>
        <source>A Hong Kong or Macao resident&apos;s permit number is H or M followed by 8 digits (10 on older permits). Check it on the permit.</source>
        <translation>港澳居民来往内地通行证号码为 H 或 M 加 8 位数字（旧证为 10 位）。请对照通行证核对。</translation>
    </message>
    <message>
        <source>A Taiwan resident&apos;s permit number has 8 digits (10 on older permits). Check it on the permit.</source>
        <translation>台湾居民来往大陆通行证号码为 8 位数字（旧证为 10 位）。请对照通行证核对。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DurableFile</name>
    <message>
        <source>%1 could not be written (%2: %3). Check that the drive is plugged in, not full and not write-protected, then try again.</source>
        <translation>无法写入 %1（%2：%3）。请检查U盘已插好、未写满且未写保护，然后重试。</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten. Choose another folder or remove the old file.</source>
        <translation>%1 已存在，未覆盖任何文件。请换一个目录或移走旧文件。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::EligibilityRules</name>
    <message>
        <source>The eligibility rules cannot be used (%1). Call the technician: the kiosk&apos;s rules file must be replaced.</source>
        <translation>资格审查规则无法使用（%1）。请联系技术人员更换本机的规则文件。</translation>
    </message>
    <message>
        <source>This kiosk has no eligibility rules for the %1 exam. Call the technician: an update of the kiosk brings them.</source>
        <translation>本机没有 %1 年考试的资格审查规则。请联系技术人员：更新本机软件即可获得。</translation>
    </message>
    <message>
        <source>This review was made under the rules of another exam year. Review the candidate again.</source>
        <translation>这次审查依据的是其他年度的规则。请重新审查该考生。</translation>
    </message>
    <message>
        <source>Choose why the candidate cannot register here.</source>
        <translation>请选择考生不能在此报名的原因。</translation>
    </message>
    <message>
        <source>Write down why the candidate is refused (at least 4 characters).</source>
        <translation>请写明不予报名的原因（至少 4 个字）。</translation>
    </message>
    <message>
        <source>Choose the candidate&apos;s category first.</source>
        <translation>请先选择考生类别。</translation>
    </message>
    <message>
        <source>Not yet seen: %1. Check it, or refuse with the reason.</source>
        <translation>尚未查验：%1。请查验，或说明原因不予报名。</translation>
    </message>
    <message>
        <source>Not yet declared: %1. Ask the candidate, or refuse with the reason.</source>
        <translation>尚未声明：%1。请询问考生，或说明原因不予报名。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::FormExchange</name>
    <message>
        <source>The province&apos;s server answered for other sheet confirmations than were sent; they are sent again next time.</source>
        <translation>省里服务器的答复与发出的登记表确认不一致；这些确认下次会重新发送。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::FormShelf</name>
    <message>
        <source>The province sent a registration form this point cannot accept (%1). Nothing of it was kept or printed; tell the exam office.</source>
        <translation>省里发来的报名表本报名点无法接受（%1），未保存也未打印。请告知考试院。</translation>
    </message>
    <message>
        <source>A registration form could not be encrypted, so it was not kept. Call the technician.</source>
        <translation>报名表无法加密，因此未保存。请联系技术人员。</translation>
    </message>
    <message>
        <source>A correction request in the local store is damaged or was changed. Call the technician.</source>
        <translation>本机保存的一条更正申请已损坏或被改动。请联系技术人员。</translation>
    </message>
    <message>
        <source>This candidate&apos;s registration form in the local store is damaged or was changed, so it is not printed. Call the technician.</source>
        <translation>本机保存的该考生报名表已损坏或被改动，因此不予打印。请联系技术人员。</translation>
    </message>
    <message>
        <source>This confirmation is for another version of the candidate&apos;s form than the one kept here. Print the sheet again and confirm that one.</source>
        <translation>此确认针对的报名表版本与本机保存的不同。请重新打印登记表，并确认新打印的这份。</translation>
    </message>
    <message>
        <source>The correction could not be encrypted, so it was not kept. Call the technician.</source>
        <translation>更正申请无法加密，因此未保存。请联系技术人员。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::IdNumber</name>
    <message>
        <source>Enter the 18-character ID number.</source>
        <translation>请输入18位公民身份号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters. Count the characters on the document and type it again.</source>
        <translation>公民身份号码应为18位。请对照证件数一下位数后重新输入。</translation>
    </message>
    <message>
        <source>Only digits are allowed, with X as the last character. Check for letters or spaces.</source>
        <translation>只能输入数字，最后一位可以是 X。请检查是否混入了字母或符号。</translation>
    </message>
    <message>
        <source>The first two digits are no province code. Check the start of the number.</source>
        <translation>前两位不是有效的省级代码。请核对号码开头。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 are no real date of birth. Check them against the document.</source>
        <translation>第7至14位不是有效的出生日期。请对照证件核对。</translation>
    </message>
    <message>
        <source>The date of birth in the number lies in the future. Check digits 7 to 14.</source>
        <translation>号码中的出生日期晚于今天。请核对第7至14位。</translation>
    </message>
    <message>
        <source>The date of birth in the number is before 1900. Check digits 7 to 14.</source>
        <translation>号码中的出生日期早于1900年。请核对第7至14位。</translation>
    </message>
    <message>
        <source>The check character does not match: one character is mistyped. Compare each digit with the document.</source>
        <translation>校验码不符：有一位输错了。请对照证件逐位核对。</translation>
    </message>
    <message>
        <source>The county code is not in today&apos;s list. This is normal for counties that were renamed or merged; check the document.</source>
        <translation>县级代码不在现行区划表中。县区更名或撤并后这很常见；请核对证件。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unstated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>天津</translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation>河北</translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation>山西</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>内蒙古</translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation>辽宁</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>吉林</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>黑龙江</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>江苏</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>浙江</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>安徽</translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation>福建</translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation>江西</translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation>山东</translation>
    </message>
    <message>
        <source>Henan</source>
        <translation>河南</translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation>湖北</translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation>湖南</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>广东</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>广西</translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation>海南</translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation>重庆</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>四川</translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation>贵州</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>云南</translation>
    </message>
    <message>
        <source>Tibet</source>
        <translation>西藏</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>陕西</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>甘肃</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>青海</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>宁夏</translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation>新疆</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳门</translation>
    </message>
    <message>
        <source>Taiwan (residence permit)</source>
        <translation>台湾（居住证）</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::IntakeClient</name>
    <message>
        <source>The province does not recognise this point&apos;s certificate. Sending has stopped; call the technician to have the point enrolled again.</source>
        <translation>省级不认可本报名点的证书。上传已停止；请联系技术人员重新登记本报名点。</translation>
    </message>
    <message>
        <source>The province&apos;s server speaks another version of the sync protocol. Sending has stopped; this workstation needs an update.</source>
        <translation>省级服务器使用的同步协议版本不同。上传已停止；本工作站需要升级。</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock differs from the province&apos;s by more than five minutes. Sending has stopped; correct the clock (supervisor), then sync again.</source>
        <translation>本工作站的时钟与省级相差超过五分钟。上传已停止；请审核员校正时钟后再同步。</translation>
    </message>
    <message>
        <source>The province has seen a newer audit log from this point than the one here: this store may have been rolled back or copied. Sending has stopped; call the supervisor and the exam office before registering anyone else.</source>
        <translation>省级收到过本报名点更新的审计日志：本机数据可能被回滚或复制。上传已停止；在继续报名前请通知审核员和考试院。</translation>
    </message>
    <message>
        <source>The province could not verify this point&apos;s audit log signature. Sending has stopped; call the technician.</source>
        <translation>省级无法验证本报名点审计日志的签名。上传已停止；请联系技术人员。</translation>
    </message>
    <message>
        <source>The province&apos;s server is busy or unavailable. Nothing is lost; sending resumes by itself.</source>
        <translation>省级服务器繁忙或暂不可用。记录不会丢失，稍后会自动继续上传。</translation>
    </message>
    <message>
        <source>The province&apos;s server refused the request (%1). Sending has stopped; call the technician.</source>
        <translation>省级服务器拒绝了请求（%1）。上传已停止；请联系技术人员。</translation>
    </message>
    <message>
        <source>The secure connection to the province failed: the server&apos;s or this point&apos;s certificate was refused. Sending has stopped; call the technician.</source>
        <translation>与省级的安全连接失败：服务器或本报名点的证书被拒绝。上传已停止；请联系技术人员。</translation>
    </message>
    <message>
        <source>The province&apos;s server cannot be reached. Nothing is lost: records wait here and are sent when the network is back.</source>
        <translation>连不上省级服务器。记录不会丢失：保存在本机，网络恢复后自动上传。</translation>
    </message>
    <message>
        <source>The province&apos;s server sent an answer this point cannot read. Sending has stopped; call the technician.</source>
        <translation>省级服务器的答复无法识别。上传已停止；请联系技术人员。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::KioskSettings</name>
    <message>
        <source>Only the point&apos;s administrator changes the settings.</source>
        <translation>只有报名点管理员可以更改设置。</translation>
    </message>
    <message>
        <source>The idle lock must be between 30 and 3600 seconds.</source>
        <translation>自动锁定时间必须在 30 到 3600 秒之间。</translation>
    </message>
    <message>
        <source>The photo attempts before a supervisor must be between 1 and 20.</source>
        <translation>主管放行前的照片尝试次数必须在 1 到 20 之间。</translation>
    </message>
    <message>
        <source>The settings file could not be written, so nothing changed. Call the technician.</source>
        <translation>无法写入设置文件，未做任何更改。请联系技术人员。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::LocalVault</name>
    <message>
        <source>Cannot create the key folder %1. Check that the disk is writable.</source>
        <translation>无法创建密钥目录 %1。请检查磁盘是否可写。</translation>
    </message>
    <message>
        <source>The system random generator failed. Restart the workstation.</source>
        <translation>系统随机数发生器故障。请重启工作站。</translation>
    </message>
    <message>
        <source>Cannot create the local key file %1.</source>
        <translation>无法创建本地密钥文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write the local key file %1. Check free disk space.</source>
        <translation>无法写入本地密钥文件 %1。请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <source>The local data key %1 is missing, so the saved records cannot be read. Do not register anyone: call the technician to restore the key from the backup.</source>
        <translation>本地数据密钥 %1 丢失，已保存的记录无法读取。请暂停报名：联系技术人员从备份恢复密钥。</translation>
    </message>
    <message>
        <source>The local data key %1 is damaged. Call the technician to restore it from the backup.</source>
        <translation>本地数据密钥 %1 已损坏。请联系技术人员从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot read the local data key %1 (missing rights, or not a plain file). Run RegPoint as its service user and call the technician.</source>
        <translation>无法读取本地数据密钥 %1（权限不足，或不是普通文件）。请以 RegPoint 服务用户运行，并联系技术人员。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::MachineProvisioning</name>
    <message>
        <source>The point code must be the 6-digit county code, a dash and the point&apos;s number, e.g. 430102-01.</source>
        <translation>报名点代码应为 6 位县区代码、短横线和报名点编号，例如 430102-01。</translation>
    </message>
    <message>
        <source>The province key file must hold an RSA public key of at least %1 bits (PEM).</source>
        <translation>省级公钥文件必须是至少 %1 位的 RSA 公钥（PEM 格式）。</translation>
    </message>
    <message>
        <source>The CA file must hold the province&apos;s CA certificate (PEM).</source>
        <translation>CA 文件必须是省级 CA 证书（PEM 格式）。</translation>
    </message>
    <message>
        <source>This point already has a machine key. To replace it, move the keys folder away first (the old records stay signed with the old key).</source>
        <translation>本报名点已有本机密钥。如需更换，请先移走 keys 文件夹（旧记录仍保留旧密钥的签名）。</translation>
    </message>
    <message>
        <source>The machine key could not be created (cryptography error).</source>
        <translation>无法生成本机密钥（密码运算错误）。</translation>
    </message>
    <message>
        <source>Cannot write the machine key to %1.</source>
        <translation>无法将本机密钥写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write the provisioning files to %1.</source>
        <translation>无法将开通文件写入 %1。</translation>
    </message>
    <message>
        <source>This point has no machine key yet: run provision --point-code first.</source>
        <translation>本报名点尚无本机密钥：请先运行 provision --point-code。</translation>
    </message>
    <message>
        <source>The file does not hold a certificate (PEM).</source>
        <translation>该文件不是证书（PEM 格式）。</translation>
    </message>
    <message>
        <source>The certificate was issued for another key, not this point&apos;s. Send this point&apos;s CSR (keys/machine.csr).</source>
        <translation>该证书是为其他密钥签发的，不属于本报名点。请发送本报名点的证书申请（keys/machine.csr）。</translation>
    </message>
    <message>
        <source>The certificate names point %1, but this point is %2.</source>
        <translation>证书上的报名点是 %1，但本报名点是 %2。</translation>
    </message>
    <message>
        <source>The CA certificate of this point is missing (keys/ca.pem).</source>
        <translation>本报名点缺少 CA 证书（keys/ca.pem）。</translation>
    </message>
    <message>
        <source>The certificate is expired or not yet valid.</source>
        <translation>证书已过期或尚未生效。</translation>
    </message>
    <message>
        <source>The certificate was not issued by the province&apos;s CA.</source>
        <translation>该证书不是省级 CA 签发的。</translation>
    </message>
    <message>
        <source>Cannot write the certificate to %1.</source>
        <translation>无法将证书写入 %1。</translation>
    </message>
    <message>
        <source>This point is not provisioned: records are kept but not sealed for the province until the technician installs the point&apos;s certificate.</source>
        <translation>本报名点尚未开通：记录会保存，但在技术人员安装本报名点证书之前不会为省级机构封存。</translation>
    </message>
    <message>
        <source>The CA file holds a certificate that may not sign others (no basicConstraints CA:TRUE): it is not the province&apos;s CA certificate. Ask the provincial office for their CA certificate (PEM).</source>
        <translation>CA 文件中的证书无权签发其他证书（没有 basicConstraints CA:TRUE）：它不是省级 CA 证书。请向省级主管部门索取其 CA 证书（PEM）。</translation>
    </message>
    <message>
        <source>This point is not provisioned, so it cannot reach the province. Ask the technician to provision it.</source>
        <translation>本报名点尚未完成初始配置，无法连接省级。请技术人员完成配置。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::ManualEntry</name>
    <message>
        <source>Enter the name exactly as printed on the document.</source>
        <translation>请按证件上的姓名原样输入。</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters. Check it against the document.</source>
        <translation>
            <numerusform>姓名超过 %n 个字。请对照证件核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name may contain only Chinese characters, the dot · of minority names, or Latin letters. Remove digits and symbols.</source>
        <translation>姓名只能包含汉字、少数民族姓名中的间隔点“·”或拉丁字母。请删除数字和符号。</translation>
    </message>
    <message>
        <source>Choose the gender shown on the document.</source>
        <translation>请选择证件上的性别。</translation>
    </message>
    <message>
        <source>The gender does not match the ID number (digit 17 says %1). Check both on the document.</source>
        <translation>性别与证件号码不符（第17位表示%1）。请对照证件核对两者。</translation>
    </message>
    <message>
        <source>Enter the date of birth shown on the document.</source>
        <translation>请输入证件上的出生日期。</translation>
    </message>
    <message>
        <source>The date of birth does not match the ID number (%1). Check both on the document.</source>
        <translation>出生日期与证件号码不符（号码中为 %1）。请对照证件核对两者。</translation>
    </message>
    <message>
        <source>Enter the address exactly as printed on the document.</source>
        <translation>请按证件上的住址原样输入。</translation>
    </message>
    <message numerus="yes">
        <source>The address is longer than %n characters. Check it against the document.</source>
        <translation>
            <numerusform>住址超过 %n 个字。请对照证件核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of birth is after today. Check it on the document.</source>
        <translation>出生日期晚于今天。请对照证件核对。</translation>
    </message>
    <message>
        <source>Choose the ethnic group shown on the document.</source>
        <translation>请选择证件上的民族。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::Operator</name>
    <message>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::OperatorService</name>
    <message>
        <source>A user name has 3 to 32 characters: lowercase letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter.</source>
        <translation>用户名为3至32个字符：小写字母、数字、“.”、“_”或“-”，以字母开头。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入相同的密码。</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s full name, as it will appear on printed sheets.</source>
        <translation>请输入操作员姓名，它将打印在登记表上。</translation>
    </message>
    <message>
        <source>The password could not be protected. Try again.</source>
        <translation>密码加密失败。请重试。</translation>
    </message>
    <message>
        <source>User name or password is wrong. Try again, or ask the supervisor.</source>
        <translation>用户名或密码错误。请重试，或联系主管。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the supervisor.</source>
        <translation>该账户已停用。请联系主管。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n more second(s). A supervisor can unlock it sooner.</source>
        <translation>
            <numerusform>密码错误次数过多：此账户还将锁定 %n 秒。主管可以提前解锁。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n second(s). A supervisor can unlock it sooner.</source>
        <translation>
            <numerusform>密码错误次数过多：此账户已锁定 %n 秒。主管可以提前解锁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor can unlock an account.</source>
        <translation>只有主管可以解锁账户。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>没有账户 %1。</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator can reset a password.</source>
        <translation>只有主管或管理员可以重置密码。</translation>
    </message>
    <message>
        <source>The full name contains control or invisible characters (such as terminal codes or direction marks). Type it again without them.</source>
        <translation>姓名中含有控制字符或不可见字符（例如终端控制码或文字方向标记）。请去掉这些字符后重新输入。</translation>
    </message>
    <message numerus="yes">
        <source>The password can have at most %n characters.</source>
        <translation>
            <numerusform>密码最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password contains control or invisible characters. Use letters, digits, spaces and symbols only.</source>
        <translation>密码中含有控制字符或不可见字符。请只使用字母、数字、空格和符号。</translation>
    </message>
    <message>
        <source>Mix at least two kinds of characters: lowercase letters, capital letters, digits or symbols (a space counts as a symbol).</source>
        <translation>请至少混用两类字符：小写字母、大写字母、数字或符号（空格算作符号）。</translation>
    </message>
    <message>
        <source>Do not repeat a character more than three times in a row.</source>
        <translation>同一个字符不能连续出现三次以上。</translation>
    </message>
    <message>
        <source>The password has a run of more than four characters in order, like &quot;12345&quot; or &quot;abcde&quot;.</source>
        <translation>密码中不能有超过四个字符的连续序列，例如“12345”或“abcde”。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>密码中不能包含用户名。</translation>
    </message>
    <message>
        <source>The password must not read the same backwards.</source>
        <translation>密码不能是回文（正读和反读一样）。</translation>
    </message>
    <message>
        <source>The password is too easy to guess (a dictionary word or a simple pattern). Choose a less common one.</source>
        <translation>密码太容易被猜到（是字典中的单词或简单规律）。请换一个不常见的密码。</translation>
    </message>
    <message>
        <source>The new password is too similar to the old one.</source>
        <translation>新密码与旧密码太相似。</translation>
    </message>
    <message>
        <source>The password could not be checked. Try again.</source>
        <translation>无法检查密码强度，请重试。</translation>
    </message>
    <message>
        <source>Not done: the audit log cannot be written, and nothing happens without its audit record. Call the technician (&quot;regpointctl db check&quot;, &quot;regpointctl audit verify&quot;).</source>
        <translation>未执行：无法写入审计日志，没有审计记录的操作一律不执行。请联系技术人员（运行“regpointctl db check”和“regpointctl audit verify”）。</translation>
    </message>
    <message>
        <source>Only a higher role can reset a password: a supervisor resets a clerk&apos;s, an administrator a clerk&apos;s or a supervisor&apos;s.</source>
        <translation>只有更高级别的角色才能重置密码：主管可重置工作人员的密码，管理员可重置工作人员或主管的密码。</translation>
    </message>
    <message>
        <source>Only a higher role can unlock an account early: a supervisor a clerk&apos;s, an administrator a clerk&apos;s or a supervisor&apos;s. Otherwise the lock runs out by itself.</source>
        <translation>只有更高一级的角色才能提前解锁账户：主管可解锁办事员的，管理员可解锁办事员或主管的。否则锁定会到时自动解除。</translation>
    </message>
    <message>
        <source>A supervisor adds clerks, an administrator clerks and supervisors.</source>
        <translation>主管可添加办事员，管理员可添加办事员和主管。</translation>
    </message>
    <message>
        <source>Only a higher role can disable or enable an account: a supervisor a clerk&apos;s, an administrator a clerk&apos;s or a supervisor&apos;s.</source>
        <translation>只有更高角色才能停用或启用账号：主管可管理办事员的账号，管理员可管理办事员和主管的账号。</translation>
    </message>
    <message>
        <source>Another account is shown as %1 already. Add something that tells them apart, such as the given name in full or a number.</source>
        <translation>已有账户显示为“%1”。请加上能区分两人的内容，例如完整的名字或编号。</translation>
    </message>
    <message>
        <source>Your account was disabled meanwhile: nothing was changed. Ask the administrator.</source>
        <translation>您的账户已在此期间被停用，未做任何更改。请联系管理员。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::OperatorStore</name>
    <message>
        <source>The user name &quot;%1&quot; is taken. Choose another.</source>
        <translation>用户名“%1”已被使用。请换一个。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PhotoChecks</name>
    <message>
        <source>The file is empty. Copy the photo again.</source>
        <translation>文件是空的。请重新拷贝照片。</translation>
    </message>
    <message>
        <source>The file is damaged or is no picture. Ask for the photo file again or take a new photo.</source>
        <translation>文件已损坏或不是图片。请重新索取照片文件，或现场重新拍照。</translation>
    </message>
    <message>
        <source>The photo must be a JPEG file (.jpg). Use &quot;fix&quot; to convert it.</source>
        <translation>照片必须是 JPEG 文件（.jpg）。请用“修正”功能转换。</translation>
    </message>
    <message>
        <source>The JPEG file is cut off (copied incompletely?). Copy the photo again.</source>
        <translation>JPEG 文件不完整（可能没有拷贝完）。请重新拷贝照片。</translation>
    </message>
    <message>
        <source>The JPEG says %1 dpi instead of %2. Use &quot;fix&quot; to rewrite it.</source>
        <translation>JPEG 的分辨率为 %1 dpi，应为 %2 dpi。请用“修正”功能重写。</translation>
    </message>
    <message>
        <source>JPEG file.</source>
        <translation>JPEG 文件。</translation>
    </message>
    <message>
        <source>File size within the limits.</source>
        <translation>文件大小符合要求。</translation>
    </message>
    <message>
        <source>The file has %1 KB; it must have %2 to %3 KB. Use &quot;fix&quot; to re-encode it.</source>
        <translation>文件为 %1 KB，应为 %2 至 %3 KB。请用“修正”功能重新压缩。</translation>
    </message>
    <message>
        <source>Frame size correct.</source>
        <translation>尺寸正确。</translation>
    </message>
    <message>
        <source>The photo must be %1×%2 pixels. Use &quot;fix&quot; to crop and scale it.</source>
        <translation>照片必须为 %1×%2 像素。请用“修正”功能裁剪缩放。</translation>
    </message>
    <message>
        <source>Colour photo.</source>
        <translation>彩色照片。</translation>
    </message>
    <message>
        <source>The photo is black and white. A colour photo is required.</source>
        <translation>照片是黑白的。必须使用彩色照片。</translation>
    </message>
    <message>
        <source>No face found. Face the camera, bare-headed, with nothing covering the face.</source>
        <translation>未检测到人脸。请免冠正对镜头，面部不要有遮挡。</translation>
    </message>
    <message>
        <source>More than one person is in the photo. Only the candidate may be in the frame.</source>
        <translation>照片中不止一人。画面中只能有考生本人。</translation>
    </message>
    <message>
        <source>One face.</source>
        <translation>一张人脸。</translation>
    </message>
    <message>
        <source>Not measured: needs exactly one face in the photo.</source>
        <translation>未测量：照片中需要恰好有一张人脸。</translation>
    </message>
    <message>
        <source>Centred.</source>
        <translation>位置居中。</translation>
    </message>
    <message>
        <source>The head is right of centre: move a little to the left (as seen on the screen).</source>
        <translation>头像偏右：请（按屏幕所见）向左移动一点。</translation>
    </message>
    <message>
        <source>The head is left of centre: move a little to the right (as seen on the screen).</source>
        <translation>头像偏左：请（按屏幕所见）向右移动一点。</translation>
    </message>
    <message>
        <source>Eye line in range.</source>
        <translation>眼睛位置符合要求。</translation>
    </message>
    <message>
        <source>The eyes are too high in the frame: lower the camera or move the crop up.</source>
        <translation>眼睛在画面中过高：请降低相机或上移裁剪框。</translation>
    </message>
    <message>
        <source>The eyes are too low in the frame: raise the camera or move the crop down.</source>
        <translation>眼睛在画面中过低：请升高相机或下移裁剪框。</translation>
    </message>
    <message>
        <source>Face size in range.</source>
        <translation>脸部大小符合要求。</translation>
    </message>
    <message>
        <source>The face is too small: come a little closer to the camera.</source>
        <translation>脸部太小：请靠近镜头一点。</translation>
    </message>
    <message>
        <source>The face is too large: move a little back from the camera.</source>
        <translation>脸部太大：请离镜头远一点。</translation>
    </message>
    <message>
        <source>Head straight.</source>
        <translation>头部端正。</translation>
    </message>
    <message>
        <source>The head is tilted. Hold it straight and take the photo again (a tilted photo is never rotated).</source>
        <translation>头部歪斜。请把头摆正后重新拍照（歪斜的照片不能旋转修正）。</translation>
    </message>
    <message>
        <source>Facing the camera.</source>
        <translation>正对镜头。</translation>
    </message>
    <message>
        <source>In focus.</source>
        <translation>图像清晰。</translation>
    </message>
    <message>
        <source>The photo is blurred. Hold still and let the camera focus, then take it again.</source>
        <translation>照片模糊。请保持不动，待相机对焦后重新拍照。</translation>
    </message>
    <message>
        <source>Exposure even.</source>
        <translation>曝光均匀。</translation>
    </message>
    <message>
        <source>The face is too dark. Turn on or bring the fill lights closer.</source>
        <translation>脸部太暗。请打开补光灯或把灯靠近一些。</translation>
    </message>
    <message>
        <source>No red eye.</source>
        <translation>无红眼。</translation>
    </message>
    <message>
        <source>Red eyes. Take the photo again without the flash pointing straight at the eyes.</source>
        <translation>有红眼。请重新拍照，闪光灯不要正对眼睛。</translation>
    </message>
    <message>
        <source>No glare on the eyes.</source>
        <translation>镜片无反光。</translation>
    </message>
    <message>
        <source>Reflections on the glasses. Tilt the glasses slightly or move the lights to the sides.</source>
        <translation>镜片有反光。请稍微调整眼镜角度，或把灯移到两侧。</translation>
    </message>
    <message>
        <source>Space above the head in range.</source>
        <translation>头顶留白符合要求。</translation>
    </message>
    <message>
        <source>The top of the head is too close to the top edge: lower the crop or the camera a little.</source>
        <translation>头顶离上边太近：请把裁剪框或相机稍微下移。</translation>
    </message>
    <message>
        <source>Too much space above the head: raise the crop or come a little closer.</source>
        <translation>头顶留白太多：请上移裁剪框或靠近镜头一点。</translation>
    </message>
    <message>
        <source>Background colour allowed.</source>
        <translation>背景颜色符合要求。</translation>
    </message>
    <message>
        <source>The background is not light blue, white or light grey. Use the backdrop, or &quot;fix&quot; to replace it.</source>
        <translation>背景不是浅蓝、白色或浅灰色。请使用背景布，或用“修正”功能替换背景。</translation>
    </message>
    <message>
        <source>Background even.</source>
        <translation>背景均匀。</translation>
    </message>
    <message>
        <source>Look into the camera; nothing may cover the face.</source>
        <translation>请看镜头，面部不要有遮挡。</translation>
    </message>
    <message>
        <source>Only the candidate may be in the picture.</source>
        <translation>画面中只能有考生本人。</translation>
    </message>
    <message>
        <source>Come a little closer to the camera.</source>
        <translation>请靠近镜头一点。</translation>
    </message>
    <message>
        <source>Move a little back from the camera.</source>
        <translation>请离镜头远一点。</translation>
    </message>
    <message>
        <source>Good distance.</source>
        <translation>距离合适。</translation>
    </message>
    <message>
        <source>Move a little to the left (as seen on the screen).</source>
        <translation>请（按屏幕所见）向左移动一点。</translation>
    </message>
    <message>
        <source>Move a little to the right (as seen on the screen).</source>
        <translation>请（按屏幕所见）向右移动一点。</translation>
    </message>
    <message>
        <source>Open both eyes and look into the camera.</source>
        <translation>请睁开双眼，注视镜头。</translation>
    </message>
    <message>
        <source>Hold the head straight.</source>
        <translation>请把头摆正。</translation>
    </message>
    <message>
        <source>Eyes open.</source>
        <translation>双眼睁开。</translation>
    </message>
    <message>
        <source>Too little background to judge. Check by eye that the backdrop is plain.</source>
        <translation>可判断的背景太少。请目视确认背景布是纯色。</translation>
    </message>
    <message>
        <source>The background has shadows, uneven light or objects in it. Use the plain backdrop, lit evenly, with nothing behind the candidate.</source>
        <translation>背景有阴影、光线不均或杂物。请使用纯色背景布并均匀补光，考生身后不要有任何物品。</translation>
    </message>
    <message>
        <source>The face detector is not installed (libdlib-data, opencv-data). Check the photo by eye.</source>
        <translation>未安装人脸检测组件（libdlib-data、opencv-data）。请目视检查照片。</translation>
    </message>
    <message>
        <source>The head is turned. Look straight into the camera so that both ears show equally.</source>
        <translation>头部偏转。请正视镜头，使两耳对称露出。</translation>
    </message>
    <message>
        <source>Both eyes open.</source>
        <translation>双眼睁开。</translation>
    </message>
    <message>
        <source>The eyes look closed or half closed. Ask the candidate to open both eyes and look at the camera.</source>
        <translation>眼睛似乎闭上或半闭。请考生睁开双眼，注视镜头。</translation>
    </message>
    <message>
        <source>Lips closed.</source>
        <translation>嘴唇自然闭合。</translation>
    </message>
    <message>
        <source>The lips are apart. Ask for a natural expression with the lips closed.</source>
        <translation>嘴唇张开。请考生表情自然、嘴唇闭合。</translation>
    </message>
    <message>
        <source>The face is too bright (washed out). Dim or move back the fill lights.</source>
        <translation>脸部过亮（曝光过度）。请调暗补光灯或把灯移远一些。</translation>
    </message>
    <message>
        <source>The candidate cannot be told apart from the background (a busy scene, or clothes or hair like the backdrop). Use the plain backdrop, with clothes of another colour.</source>
        <translation>无法把考生与背景区分开（背景杂乱，或衣服、头发与背景颜色相近）。请使用纯色背景布，并穿与背景颜色不同的衣服。</translation>
    </message>
    <message>
        <source>Bare head.</source>
        <translation>免冠。</translation>
    </message>
    <message>
        <source>Something seems to cover the head. The photo must show the bare head: ask the candidate to take off the cap, hat or scarf.</source>
        <translation>头部似乎有遮盖物。照片必须免冠：请考生摘下帽子或头巾。</translation>
    </message>
    <message>
        <source>The picture claims %1×%2 pixels; RegPoint reads photos of at most %3 megapixels. Export the photo at a smaller size or take a new photo.</source>
        <translation>图片声称有 %1×%2 像素；RegPoint 只读取不超过 %3 百万像素的照片。请以较小尺寸导出照片，或重新拍照。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PhotoFixer</name>
    <message>
        <source>The photo does not show exactly one face, so it cannot be fixed. Take a new photo.</source>
        <translation>照片中不是恰好一张人脸，无法修正。请重新拍照。</translation>
    </message>
    <message>
        <source>The head&apos;s proportions do not fit the frame rules at any allowed size (hair or chin cut off?). Take a new photo.</source>
        <translation>在任何允许的尺寸下头部比例都不符合构图要求（头发或下巴被裁掉？）。请重新拍照。</translation>
    </message>
    <message>
        <source>The top of the head is cut off in this photo, so it cannot be fixed. Take a new photo with space above the hair.</source>
        <translation>照片中头顶被裁掉，无法修正。请重新拍照，头发上方要留出空间。</translation>
    </message>
    <message>
        <source>The photo does not show enough of the shoulders to be framed by the rules; it would become a floating bust. Take a new photo from a little further away, head and shoulders in the picture.</source>
        <translation>照片中肩部不够完整，按规范构图会成为悬空的半身像。请离镜头稍远一些重新拍照，头部和双肩都要在画面中。</translation>
    </message>
    <message>
        <source>The background cannot be replaced cleanly: hair or clothes blend into it. Take the photo in front of the backdrop.</source>
        <translation>背景无法干净地替换：头发或衣服与背景混在一起。请在背景布前拍照。</translation>
    </message>
    <message>
        <source>The clothes cannot be told from the background, so the shoulders would disappear. Take the photo in front of the backdrop, in clothes of another colour.</source>
        <translation>衣服与背景无法区分，替换背景后肩部会消失。请在背景布前、穿与背景颜色不同的衣服重新拍照。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PhotoProfile</name>
    <message>
        <source>There is no photo profile &quot;%1&quot; (built in: hunan-2023). Check the name or the file path.</source>
        <translation>没有名为“%1”的照片规范（内置：hunan-2023）。请检查名称或文件路径。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3 (it is %4).</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数（当前为 %4）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3 (it is %4).</source>
        <translation>“%1”必须是 %2 到 %3 之间的数值（当前为 %4）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be [min, max]: two whole numbers from %2 to %3, min not above max (it is %4).</source>
        <translation>“%1”必须是 [最小值, 最大值]：两个 %2 到 %3 之间的整数，且最小值不大于最大值（当前为 %4）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text of at most 200 characters (it is %2).</source>
        <translation>“%1”必须是不超过 200 个字符的文本（当前为 %2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list 1 to %2 colours such as &quot;#64C5FF&quot; (it is %3).</source>
        <translation>“%1”必须列出 1 到 %2 种颜色，例如“#64C5FF”（当前为 %3）。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile key (a typo?); docs/photo.md lists the keys.</source>
        <translation>“%1”不是照片规格的键（是否拼写错误？）；所有键见 docs/photo.md。</translation>
    </message>
    <message>
        <source>The photo profile cannot be used: %1</source>
        <translation>无法使用该照片规格：%1</translation>
    </message>
    <message>
        <source>The photo profile is not valid JSON: %1. Correct the file or use the built-in hunan-2023.</source>
        <translation>照片规格不是有效的 JSON：%1。请改正该文件，或使用内置的 hunan-2023。</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>没有 JSON 对象</translation>
    </message>
    <message>
        <source>The photo profile is not valid: %1 Correct the profile file (docs/photo.md) or use the built-in hunan-2023.</source>
        <translation>照片规格无效：%1 请按 docs/photo.md 改正规格文件，或使用内置的 hunan-2023。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PlaceNames</name>
    <message>
        <source>unknown code %1</source>
        <translation>未知代码 %1</translation>
    </message>
    <message>
        <source>%1: accepted in %2</source>
        <translation>%1：%2受理</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PointConfig</name>
    <message>
        <source>The province sent older settings (version %1) than this point has (version %2). The newer ones stay in force; tell the exam office.</source>
        <translation>省级下发的配置（版本 %1）比本点现有配置（版本 %2）旧。继续使用较新的配置；请告知考试院。</translation>
    </message>
    <message>
        <source>The province&apos;s settings kept here cannot be read. Sync again to fetch them, or call the technician.</source>
        <translation>本点保存的省级配置无法读取。请重新同步获取，或联系技术人员。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PointProvisioner</name>
    <message>
        <source>This point has no request waiting for a certificate.</source>
        <translation>本报名点没有等待证书的申请。</translation>
    </message>
    <message>
        <source>The point&apos;s certificate request cannot be read. Call the technician.</source>
        <translation>无法读取本报名点的证书申请。请联系技术人员。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PointSync</name>
    <message>
        <source>No province server is set for this point (kiosk.ini, [sync] intake=https://…). Records are kept here; ask the technician to set the server, or export them to USB.</source>
        <translation>本报名点未设置省级服务器（kiosk.ini，[sync] intake=https://…）。记录保存在本机；请技术人员设置服务器，或导出到U盘。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::ProvincePhotoProfile</name>
    <message>
        <source>The province&apos;s settings ask for photos of %1 × %2 pixels and %3 to %4 bytes, which this kiosk cannot check. Photos are checked against its own rules (%5 × %6, %7 to %8 KB); tell the technician.</source>
        <translation>省级设置要求照片为 %1 × %2 像素、%3 至 %4 字节，本机无法按此检查。照片仍按本机规则检查（%5 × %6，%7 至 %8 KB）；请告知技术人员。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::ProvisioningDrive</name>
    <message>
        <source>%1 has no folder &quot;regpoint&quot;. Insert the drive the provincial office prepared, or choose where it is mounted.</source>
        <translation>%1 中没有“regpoint”文件夹。请插入省考试院准备的U盘，或选择其挂载位置。</translation>
    </message>
    <message>
        <source>%1 is not on the drive. Ask the provincial office for the point&apos;s handover files.</source>
        <translation>U盘上没有 %1。请向省考试院索取本报名点的交接文件。</translation>
    </message>
    <message>
        <source>%1 is not a certificate authority&apos;s certificate. Ask the provincial office for the right file.</source>
        <translation>%1 不是证书机构的证书。请向省考试院索取正确的文件。</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Remove it from the drive, or use another drive.</source>
        <translation>无法替换 %1。请从U盘删除该文件，或换一个U盘。</translation>
    </message>
    <message>
        <source>The drive has no certificate %1 in %2 yet. The provincial office issues it from the request; bring it back on this drive.</source>
        <translation>U盘的 %2 中还没有证书 %1。省考试院根据证书申请签发证书；请用此U盘带回。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::Readiness</name>
    <message>
        <source>Ready (simulated).</source>
        <translation>就绪（模拟设备）。</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接……</translation>
    </message>
    <message>
        <source>The reader does not answer. Check its cable and power, then check again.</source>
        <translation>读卡器没有应答。请检查连接线和电源，然后重新检查。</translation>
    </message>
    <message>
        <source>The printer does not answer. Check its cable, power and paper, then check again.</source>
        <translation>打印机没有应答。请检查连接线、电源和纸张，然后重新检查。</translation>
    </message>
    <message>
        <source>No reader is set up. Call the technician; until then IDs are typed under a supervisor&apos;s approval.</source>
        <translation>未配置读卡器。请联系技术人员；在此之前，证件经主管审批后手工录入。</translation>
    </message>
    <message>
        <source>No printer is set up: slips cannot print. Call the technician.</source>
        <translation>未配置打印机，无法打印回执。请联系技术人员。</translation>
    </message>
    <message>
        <source>The reader reports a problem. Check its cable and power, then check again.</source>
        <translation>读卡器报告故障。请检查连接线和电源，然后重新检查。</translation>
    </message>
    <message>
        <source>The printer reports a problem. Check its paper and cable, then check again.</source>
        <translation>打印机报告故障。请检查纸张和连接线，然后重新检查。</translation>
    </message>
    <message>
        <source>Delivers pictures.</source>
        <translation>画面正常。</translation>
    </message>
    <message>
        <source>Waiting for a picture…</source>
        <translation>正在等待画面……</translation>
    </message>
    <message>
        <source>No picture came from the camera. Check its cable, then check again; until it works, import the candidates&apos; photo files.</source>
        <translation>摄像头没有画面。请检查连接线，然后重新检查；修好之前，可导入考生的照片文件。</translation>
    </message>
    <message>
        <source>The free space could not be read. Tell the technician.</source>
        <translation>无法读取剩余空间。请告知技术人员。</translation>
    </message>
    <message>
        <source>Only %1 free: records may not fit. Call the technician before registering.</source>
        <translation>仅剩 %1，可能存不下记录。请先联系技术人员再登记。</translation>
    </message>
    <message>
        <source>%1 free, running low. Tell the technician.</source>
        <translation>剩余 %1，空间不多。请告知技术人员。</translation>
    </message>
    <message>
        <source>%1 free.</source>
        <translation>剩余 %1。</translation>
    </message>
    <message>
        <source>The clock shows %1, which cannot be right. Call the technician to set the time.</source>
        <translation>时钟显示 %1，显然不对。请联系技术人员校准时间。</translation>
    </message>
    <message>
        <source>The clock shows %1, earlier than the last recorded event (%2): the clock is wrong. Call the technician to set the time.</source>
        <translation>时钟显示 %1，早于最后一条记录的时间（%2），时钟有误。请联系技术人员校准时间。</translation>
    </message>
    <message>
        <source>The audit log does not verify (%1). Call the technician; note who used this kiosk.</source>
        <translation>审计日志校验未通过（%1）。请联系技术人员，并记下使用过本机的人员。</translation>
    </message>
    <message>
        <source>Intact.</source>
        <translation>完整。</translation>
    </message>
    <message>
        <source>This point is not provisioned: records are kept here but not sealed or sent. Call the technician.</source>
        <translation>本报名点尚未完成部署：记录保存在本机，但不会签封或上传。请联系技术人员。</translation>
    </message>
    <message>
        <source>The point&apos;s keys cannot be loaded: records are kept here but not sealed. Call the technician.</source>
        <translation>无法载入本报名点的密钥：记录保存在本机，但不会签封。请联系技术人员。</translation>
    </message>
    <message>
        <source>The point&apos;s certificate has expired: the province refuses its records. Call the technician for a new one.</source>
        <translation>本报名点的证书已过期，省里将拒收记录。请联系技术人员更换新证书。</translation>
    </message>
    <message>
        <source>The point&apos;s certificate expires on %1. Ask the technician to renew it.</source>
        <translation>本报名点的证书将于 %1 到期。请技术人员续期。</translation>
    </message>
    <message>
        <source>Certificate valid until %1.</source>
        <translation>证书有效期至 %1。</translation>
    </message>
    <message>
        <source>No settings from the province yet. They come with the first send.</source>
        <translation>尚未收到省里的配置，首次上传时会一并获取。</translation>
    </message>
    <message>
        <source>Version %1 of %2 is old: send once to fetch the province&apos;s current settings.</source>
        <translation>配置版本 %1（%2）已较旧：请上传一次以获取省里的最新配置。</translation>
    </message>
    <message>
        <source>Version %1 of %2.</source>
        <translation>配置版本 %1（%2）。</translation>
    </message>
    <message>
        <source>Every record has reached the province.</source>
        <translation>所有记录均已上传到省里。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not sent, the oldest since %1 (the province allows %2 hours). Send them now, or export them to USB for the province.</source>
        <translation>
            <numerusform>%n 条记录未上传，最早的从 %1 起（省里允许 %2 小时）。请立即上传，或导出到U盘交省里。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from an earlier day not sent yet, the oldest since %1. Send them today.</source>
        <translation>
            <numerusform>前些天的 %n 条记录尚未上传，最早的从 %1 起。请今天上传。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of today waiting to be sent.</source>
        <translation>
            <numerusform>今天有 %n 条记录等待上传。</numerusform>
        </translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>磁盘空间</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Keys and certificate</source>
        <translation>密钥与证书</translation>
    </message>
    <message>
        <source>Province settings</source>
        <translation>省级配置</translation>
    </message>
    <message>
        <source>Records not yet sent</source>
        <translation>未上传的记录</translation>
    </message>
    <message>
        <source>The computer&apos;s time zone is not Beijing time (UTC+8): days begin and end at the wrong hour. Tell the technician.</source>
        <translation>本机时区不是北京时间（UTC+8），每天的开始和结束时间会出错。请告知技术人员。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not sent yet. Send them today.</source>
        <translation>
            <numerusform>%n 条记录尚未上传。请今天上传。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) went to the province on a USB drive; its answer comes with the next sync.</source>
        <translation>
            <numerusform>%n 条记录已通过U盘报送省级；回执将随下次同步返回。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RecordFiles</name>
    <message>
        <source>This record is no longer at this point. Search again, or ask the supervisor.</source>
        <translation>本报名点已没有这条记录。请重新查找，或联系主管。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RecordRegistrar</name>
    <message>
        <source>This ID number was already registered here on %1 (record %2). Do not register the candidate twice: open the existing record, or ask the supervisor.</source>
        <translation>该证件号码已于 %1 在本报名点登记（记录 %2）。请勿重复登记：请打开已有记录，或联系主管。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RecordSealing</name>
    <message>
        <source>This point is not provisioned: the record is kept and will be sealed once the point&apos;s certificate is installed.</source>
        <translation>本报名点尚未开通：记录已保存，安装本报名点证书后将自动封存。</translation>
    </message>
    <message>
        <source>Only a record with its photo can be sealed.</source>
        <translation>只有已有照片的记录才能封存。</translation>
    </message>
    <message>
        <source>Record %1 has no eligible review, so it is not sealed. Call the technician: the record was changed outside the desk.</source>
        <translation>记录 %1 没有通过资格审查的结果，因此未封存。请联系技术人员：此记录曾在工作站之外被改动。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RecordStore</name>
    <message>
        <source>The record could not be encrypted, so it was not saved. Call the technician.</source>
        <translation>记录加密失败，未能保存。请联系技术人员。</translation>
    </message>
    <message>
        <source>Record %1 cannot be decrypted with this point&apos;s key. Call the technician; do not re-register the candidate yet.</source>
        <translation>记录 %1 无法用本报名点的密钥解密。请联系技术人员；暂不要为该考生重新登记。</translation>
    </message>
    <message>
        <source>Record %1 is damaged. Call the technician.</source>
        <translation>记录 %1 已损坏。请联系技术人员。</translation>
    </message>
    <message>
        <source>Record %1 does not exist.</source>
        <translation>记录 %1 不存在。</translation>
    </message>
    <message>
        <source>A record in state &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>处于“%1”状态的记录不能变为“%2”。</translation>
    </message>
    <message>
        <source>The photo could not be encrypted, so it was not saved. Call the technician.</source>
        <translation>照片加密失败，未能保存。请联系技术人员。</translation>
    </message>
    <message>
        <source>The photo of record %1 cannot be decrypted with this point&apos;s key. Call the technician.</source>
        <translation>记录 %1 的照片无法用本报名点的密钥解密。请联系技术人员。</translation>
    </message>
    <message>
        <source>This ID number was registered here a moment ago by another desk, so it was not saved twice. Open the existing record.</source>
        <translation>此身份证号刚刚已由另一个窗口登记，因此未重复保存。请打开已有记录。</translation>
    </message>
    <message>
        <source>No such record.</source>
        <translation>没有这条记录。</translation>
    </message>
    <message>
        <source>The record could not be encrypted.</source>
        <translation>记录无法加密。</translation>
    </message>
    <message>
        <source>This typed record has no supervisor&apos;s approval, so it cannot be completed. Ask the supervisor to enter the document again and approve it.</source>
        <translation>这条手工录入的记录没有主管审批，无法完成。请主管重新录入证件并审批。</translation>
    </message>
    <message>
        <source>This record has not been found eligible at the review, so it takes no photo yet. Review the candidate first.</source>
        <translation>此记录尚未通过资格审查，暂不能采集照片。请先进行资格审查。</translation>
    </message>
    <message>
        <source>The review could not be encrypted, so it was not saved. Call the technician.</source>
        <translation>审查结果无法加密，未保存。请联系技术人员。</translation>
    </message>
    <message>
        <source>The review of record %1 cannot be read with this point&apos;s key. Call the technician.</source>
        <translation>无法用本报名点的密钥读取记录 %1 的审查结果。请联系技术人员。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>This record was completed or corrected already, so it cannot be corrected here. Open it from the list to see its newest version.</source>
        <translation>该记录已完成或已更正过，不能在此更正。请从列表打开它的最新版本。</translation>
    </message>
    <message>
        <source>What the ID card&apos;s chip says is not corrected by hand.</source>
        <translation>身份证芯片中的信息不能手工更正。</translation>
    </message>
    <message>
        <source>This record was corrected a moment ago at another desk. Open it from the list to see its newest version.</source>
        <translation>该记录刚刚已在另一台工作站更正。请从列表打开它的最新版本。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RegistrationFlow</name>
    <message>
        <source>The first supervisor exists already.</source>
        <translation>首个主管账户已经存在。</translation>
    </message>
    <message>
        <source>Someone is logged in already.</source>
        <translation>已有人登录。</translation>
    </message>
    <message>
        <source>Start a new registration first.</source>
        <translation>请先新建报名。</translation>
    </message>
    <message>
        <source>Place an ID card on the reader first.</source>
        <translation>请先将身份证放在阅读器上。</translation>
    </message>
    <message>
        <source>The card failed a check that blocks saving. Enter the document by hand and ask the supervisor.</source>
        <translation>该证件有一项核验未通过，不能保存。请改为手工录入并联系主管。</translation>
    </message>
    <message>
        <source>Take or import a photo first.</source>
        <translation>请先拍照或导入照片。</translation>
    </message>
    <message numerus="yes">
        <source>This photo fails a check. Take it again, or after %n failed attempt(s) ask the supervisor.</source>
        <translation>
            <numerusform>这张照片有检查项未通过。请重新拍照；失败 %n 次后可请主管特批。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A supervisor can accept a failing photo only after %n failed attempt(s) with a photo.</source>
        <translation>
            <numerusform>照片失败 %n 次后，主管才能特批接受不合格照片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write why the photo is accepted anyway (at least 4 characters).</source>
        <translation>请写明仍接受该照片的原因（至少4个字）。</translation>
    </message>
    <message>
        <source>Only a supervisor can accept a failing photo. Ask the supervisor to sign in here.</source>
        <translation>只有主管可以特批不合格照片。请主管在此登录。</translation>
    </message>
    <message>
        <source>A typed ID document needs a supervisor&apos;s approval: the supervisor enters their user name and password below, then save again.</source>
        <translation>手工录入的证件需要主管审批：请主管在下方输入用户名和密码，然后再次保存。</translation>
    </message>
    <message>
        <source>Only a supervisor can approve a typed ID document.</source>
        <translation>只有主管可以审批手工录入的证件。</translation>
    </message>
    <message>
        <source>This candidate is registered here already (record %1): nothing is saved twice.</source>
        <translation>该考生已在本报名点登记（记录 %1）：不会重复保存。</translation>
    </message>
    <message>
        <source>This record has its review and photo already: a record is completed once, before sealing. A correction is a new version, made by the supervisor.</source>
        <translation>此记录已完成审查和拍照：记录在封存前只办理一次。如需更正，由主管另建新版本。</translation>
    </message>
    <message>
        <source>Only a record saved from this card and not yet complete continues here.</source>
        <translation>只有用这张身份证保存、尚未办完的记录才能在此继续。</translation>
    </message>
    <message>
        <source>Open a saved record first.</source>
        <translation>请先打开一条已保存的记录。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>此记录已不存在。</translation>
    </message>
    <message>
        <source>The desk is locked. Sign in again to go on; nothing was changed.</source>
        <translation>工作台已锁定。请重新登录后继续；未做任何更改。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The day is open already.</source>
        <translation>今天已经开始登记。</translation>
    </message>
    <message>
        <source>The check is still running: wait until every line has its answer.</source>
        <translation>检查仍在进行：请等每一项都有结果。</translation>
    </message>
    <message>
        <source>Write why the day opens despite the failed checks (at least %1 characters).</source>
        <translation>请写明在检查未通过的情况下仍开始登记的原因（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>Some checks failed: the supervisor enters their user name and password to open the day anyway.</source>
        <translation>有检查未通过：请主管输入用户名和密码，仍然开始今天的登记。</translation>
    </message>
    <message>
        <source>Only a supervisor can open the day despite failed checks.</source>
        <translation>只有主管可以在检查未通过时开始今天的登记。</translation>
    </message>
    <message>
        <source>The check was made at %1: the desk is checked again now.</source>
        <translation>上次检查是在 %1：现在重新检查工作站。</translation>
    </message>
    <message>
        <source>A new day has begun: the desk is checked again first.</source>
        <translation>新的一天已经开始：请先重新检查工作站。</translation>
    </message>
    <message>
        <source>Finish or discard what is open first, then open the record from the list.</source>
        <translation>请先完成或放弃当前内容，再从列表中打开该记录。</translation>
    </message>
    <message>
        <source>Only clerks and supervisors register candidates.</source>
        <translation>只有工作人员和主管可以办理考生报名。</translation>
    </message>
    <message>
        <source>These details come from the ID card&apos;s chip and are not corrected by hand. If they are wrong, the candidate has the card corrected by the police first.</source>
        <translation>这些信息来自身份证芯片，不能手工更正。如有错误，请考生先到公安机关更正身份证。</translation>
    </message>
    <message>
        <source>These details were corrected since: open the record&apos;s newest version from the list.</source>
        <translation>这些信息已被更正：请从列表打开该记录的最新版本。</translation>
    </message>
    <message>
        <source>This account was disabled while signed in: nothing more is saved under it. Log out and ask the supervisor.</source>
        <translation>该账户在登录期间已被停用，不能再以它保存任何内容。请退出登录并联系主管。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RegistrationGate</name>
    <message>
        <source>Registration has not opened yet: this point registers from %1. Records already started can still be finished.</source>
        <translation>报名尚未开始：本点自 %1 起受理报名。已开始的记录仍可完成。</translation>
    </message>
    <message>
        <source>Registration closed at %1: no new candidate can be registered. Records already started can still be finished; send the day&apos;s records to the province.</source>
        <translation>报名已于 %1 截止：不能再受理新考生。已开始的记录仍可完成；请将当日记录报送省级。</translation>
    </message>
    <message>
        <source>Registration is held: %1 records wait for the supervisor&apos;s decision (the province allows %2). The supervisor reviews them (day-end review), then the desk goes on.</source>
        <translation>报名暂停：%1 条记录等待主管审核（省级上限 %2 条）。请主管先完成日终审核，再继续受理。</translation>
    </message>
    <message>
        <source>Registration is held: %1 records have not reached the province (it allows %2). Connect the network and press Sync now, or export them to USB, then go on.</source>
        <translation>报名暂停：%1 条记录尚未报送省级（上限 %2 条）。请连接网络并点击“立即同步”，或导出到U盘，然后继续。</translation>
    </message>
    <message numerus="yes">
        <source>Registration is held: the oldest record not yet sent was saved at %1, more than %n hour(s) ago. Connect the network and press Sync now, or export to USB, then go on.</source>
        <translation>
            <numerusform>报名暂停：最早一条未报送的记录保存于 %1，已超过 %n 小时。请连接网络并点击“立即同步”，或导出到U盘，然后继续。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RegularFile</name>
    <message>
        <source>There is no file %1. Check the path.</source>
        <translation>文件 %1 不存在。请检查路径。</translation>
    </message>
    <message>
        <source>RegPoint may not read %1 (permission denied). Copy the file to a folder RegPoint can read.</source>
        <translation>RegPoint 无权读取 %1（权限被拒绝）。请把文件复制到 RegPoint 可以读取的文件夹。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file and the disk it is on.</source>
        <translation>无法读取 %1：%2。请检查该文件及其所在的磁盘。</translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3 are read). Check that it is the right file.</source>
        <translation>%1 太大（%2；最多读取 %3）。请确认文件是否正确。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Name the file inside it.</source>
        <translation>%1 是文件夹，不是文件。请指定其中的文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket) and is not read. Copy the content into a file and name that file.</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字），不会读取。请把内容复制到一个文件中，再指定该文件。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SerialPool</name>
    <message>
        <source>The province&apos;s settings list a number block of another point. The numbers already here stay in use; tell the exam office.</source>
        <translation>省级配置中列出了其他报名点的流水号段。本点已有的流水号继续使用；请告知考试院。</translation>
    </message>
    <message>
        <source>This point has no registration numbers left. The record is kept and gets its number when the point next reaches the province: connect the network and press Sync now.</source>
        <translation>本点的报名流水号已用完。记录已保存，下次连通省级时分配流水号：请连接网络并点击“立即同步”。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SessionLock</name>
    <message>
        <source>The desk is not locked.</source>
        <translation>工作台未锁定。</translation>
    </message>
    <message>
        <source>Only %1, who was working here, or a supervisor can unlock this desk.</source>
        <translation>只有在此办理业务的 %1 或主管可以解锁此工作台。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SheetArchive</name>
    <message>
        <source>The sheet could not be encrypted for the archive, so it was not printed. Call the technician.</source>
        <translation>登记表无法加密存档，因此未打印。请联系技术人员。</translation>
    </message>
    <message>
        <source>The archived sheet is missing, damaged or was changed. Call the technician.</source>
        <translation>存档的登记表缺失、损坏或被改动。请联系技术人员。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SheetAssembly</name>
    <message>
        <source>This record is not at this point.</source>
        <translation>本报名点没有这条记录。</translation>
    </message>
    <message>
        <source>The province has not sent this candidate&apos;s frozen form yet, so the sheet cannot be printed. Press Sync now; the forms arrive after registration closes.</source>
        <translation>省里尚未发来该考生已锁定的报名表，暂时无法打印登记表。请按“立即同步”；报名截止后报名表才会下发。</translation>
    </message>
    <message>
        <source>This record no longer holds the candidate&apos;s photo and identity here (kept only until the province&apos;s retention period ended), so its sheet cannot be printed at this point. Ask the exam office.</source>
        <translation>本机已不再保存该考生的照片和身份信息（只保存到省里规定的保留期结束），因此本报名点无法打印其登记表。请联系考试院。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SheetBatch</name>
    <message>
        <source>Every sheet whose form has arrived is printed. Forms arrive with each sync after registration closes.</source>
        <translation>已收到报名表的登记表都已打印。报名截止后，每次同步都会下发报名表。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SheetPrinter</name>
    <message>
        <source>A sheet is printing; wait for it, or cancel it.</source>
        <translation>正在打印一份登记表；请等待，或取消它。</translation>
    </message>
    <message>
        <source>This candidate&apos;s form does not fit on one page, so the sheet is not printed (its signature lines would be cut). Tell the exam office.</source>
        <translation>该考生的报名表内容超出一页，因此不予打印（签字栏会被截掉）。请告知考试院。</translation>
    </message>
    <message>
        <source>The candidate&apos;s form is gone.</source>
        <translation>该考生的报名表已不在本机。</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>No printer is set up at this desk, so sheets cannot be printed here. Ask the technician to set one up (kiosk.ini [printer]).</source>
        <translation>本工作台未设置打印机，无法打印登记表。请技术人员设置（kiosk.ini 的 [printer]）。</translation>
    </message>
    <message>
        <source>Printing the sheet…</source>
        <translation>正在打印登记表……</translation>
    </message>
    <message>
        <source>Printing the sheet… %1</source>
        <translation>正在打印登记表……%1</translation>
    </message>
    <message>
        <source>The sheet is printed. Hand it to the candidate to check and sign. No page came out? Print it again.</source>
        <translation>登记表已打印。请交考生核对并签字。没有出纸？请重新打印。</translation>
    </message>
    <message>
        <source>The sheet did not print. %1 Fix it and print again.</source>
        <translation>登记表没有打印出来。%1 请排除问题后重新打印。</translation>
    </message>
    <message>
        <source>This desk has no other printer to choose from.</source>
        <translation>本台没有其他打印机可选。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SheetTemplate</name>
    <message>
        <source>The registration sheet&apos;s template is damaged (%1). Reinstall RegPoint or call the technician.</source>
        <translation>报名登记表模板已损坏（%1）。请重新安装 RegPoint 或联系技术人员。</translation>
    </message>
    <message>
        <source>RegPoint has no registration sheet for the %1 examination. Install the version of RegPoint for that year.</source>
        <translation>RegPoint 没有 %1 年考试的报名登记表。请安装该年度的 RegPoint 版本。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SlipPrinter</name>
    <message>
        <source>Printing the slip was cancelled.</source>
        <translation>凭条打印已取消。</translation>
    </message>
    <message>
        <source>No printer is set up at this desk: write the registration number down for the candidate.</source>
        <translation>本工作台未设置打印机：请为考生抄写报名流水号。</translation>
    </message>
    <message>
        <source>Printing the slip…</source>
        <translation>正在打印凭条…</translation>
    </message>
    <message>
        <source>Printing the slip… %1</source>
        <translation>正在打印凭条… %1</translation>
    </message>
    <message>
        <source>Slip printed: hand it to the candidate. No paper came out? Print it again.</source>
        <translation>凭条已打印：请交给考生。如未出纸，请重新打印。</translation>
    </message>
    <message>
        <source>The slip did not print. %1 Fix it and press Print the slip again, or write the registration number down for the candidate.</source>
        <translation>凭条未能打印。%1处理后请点击“重新打印凭条”，或为考生抄写报名流水号。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SyncLedger</name>
    <message>
        <source>Record %1 has no sealed envelope, so it cannot be sent. Run the store check (regpointctl db check --deep) and call the technician.</source>
        <translation>记录 %1 没有封存的封包，无法上传。请运行数据检查（regpointctl db check --deep）并联系技术人员。</translation>
    </message>
    <message>
        <source>The province&apos;s answer for record %1 names no final state. Nothing was changed; call the technician.</source>
        <translation>省级对记录 %1 的答复没有给出结果状态。未做任何更改；请联系技术人员。</translation>
    </message>
    <message>
        <source>The province answered for other bytes than record %1 holds. Nothing was changed; call the technician.</source>
        <translation>省级答复的内容与记录 %1 不一致。未做任何更改；请联系技术人员。</translation>
    </message>
    <message>
        <source>Choose approve or reject.</source>
        <translation>请选择通过或不通过。</translation>
    </message>
    <message>
        <source>A rejection needs a reason. Write why the record is rejected, then reject it again.</source>
        <translation>不通过需要填写原因。请写明原因后再点不通过。</translation>
    </message>
    <message>
        <source>Only a saved and sealed record can be approved or rejected.</source>
        <translation>只有已保存并封存的记录才能审核。</translation>
    </message>
    <message>
        <source>The province has already given its final answer for this record; a decision can no longer be changed here. Tell the exam office.</source>
        <translation>省级已对这条记录作出最终答复，本机不能再更改审核结论。请告知考试院。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SyncRun</name>
    <message>
        <source>An answer from the province did not carry a valid signature for this point&apos;s record. Sending has stopped and nothing was marked as received; call the technician.</source>
        <translation>收到的省级答复没有本报名点记录的有效签名。上传已停止，未将任何记录标为已接收；请联系技术人员。</translation>
    </message>
    <message>
        <source>Another program is sending this point&apos;s records right now; this run waits for the next turn.</source>
        <translation>另一个程序正在上传本报名点的记录；本次等下一轮再上传。</translation>
    </message>
    <message>
        <source>This point is not provisioned yet, so nothing can be sent. Ask the technician to provision it.</source>
        <translation>本报名点尚未完成初始配置，无法上传。请技术人员完成配置。</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::UsbExport</name>
    <message>
        <source>%1 is not a folder this workstation can see. Plug in the USB drive, choose its folder, then export again.</source>
        <translation>找不到目录 %1。请插入U盘，选择其目录后再导出。</translation>
    </message>
    <message>
        <source>Every record has already been answered for by the province: there is nothing to export.</source>
        <translation>所有记录省级都已答复，没有需要导出的记录。</translation>
    </message>
    <message>
        <source>Record %1 has no sealed envelope; nothing was exported. Run the store check and call the technician.</source>
        <translation>记录 %1 没有封存的封包；未导出任何内容。请运行数据检查并联系技术人员。</translation>
    </message>
    <message>
        <source>This point is not provisioned yet, so it cannot sign an export. Ask the technician to provision it.</source>
        <translation>本报名点尚未完成初始配置，无法为导出文件签名。请技术人员完成配置。</translation>
    </message>
    <message>
        <source>The file on the drive does not read back as written (%1). Do not use this drive: plug in another one and export again. Nothing was marked as exported.</source>
        <translation>U盘上的文件读回后与写入的不一致（%1）。请不要使用这个U盘：换一个U盘重新导出。没有记录被标为已导出。</translation>
    </message>
    <message>
        <source>The file on the drive holds other records than were written. Do not use this drive: plug in another one and export again. Nothing was marked as exported.</source>
        <translation>U盘上的文件包含的记录与写入的不同。请不要使用这个U盘：换一个U盘重新导出。没有记录被标为已导出。</translation>
    </message>
    <message>
        <source>Record %1 appears twice in the file.</source>
        <translation>记录 %1 在文件中出现了两次。</translation>
    </message>
    <message>
        <source>Record %1&apos;s envelope does not match its manifest line.</source>
        <translation>记录 %1 的封包与清单不符。</translation>
    </message>
    <message>
        <source>Record %1&apos;s envelope does not verify: %2</source>
        <translation>记录 %1 的封包校验未通过：%2</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::Workspace</name>
    <message>
        <source>Cannot create the data folder %1. Check the path and that the disk is writable.</source>
        <translation>无法创建数据目录 %1。请检查路径以及磁盘是否可写。</translation>
    </message>
    <message>
        <source>No data folder was given (an empty path). Name the folder, e.g. --data-dir /var/lib/regpoint.</source>
        <translation>未指定数据文件夹（路径为空）。请指定文件夹，例如 --data-dir /var/lib/regpoint。</translation>
    </message>
    <message>
        <source>%1 in the data folder is a symbolic link. RegPoint does not follow links inside its data folder; nothing was changed. Call the technician.</source>
        <translation>数据文件夹中的 %1 是符号链接。RegPoint 不跟随数据文件夹内的链接；未做任何更改。请联系技术人员。</translation>
    </message>
    <message>
        <source>The key file keys/local-data.key is not the key these records were saved with, so nothing was read or written. Do not create a new key: restore the point&apos;s key from its backup and call the technician.</source>
        <translation>密钥文件 keys/local-data.key 不是保存这些记录时使用的密钥，因此未读取或写入任何内容。请勿创建新密钥：从备份恢复本报名点的密钥，并联系技术人员。</translation>
    </message>
    <message>
        <source>The database %1 is missing or empty, but this point&apos;s key is there: its records were removed. Nothing was changed. Call the technician to restore the database from the backup.</source>
        <translation>数据库 %1 缺失或为空，但本报名点的密钥仍在：其中的记录已被删除。未做任何更改。请联系技术人员从备份恢复数据库。</translation>
    </message>
</context>
<context>
    <name>SelfTestTr</name>
    <message>
        <source>No serial port: plug in the reader (its cable, its USB adapter).</source>
        <translation>没有串口：请接上阅读器（连线及USB转接器）。</translation>
    </message>
    <message>
        <source>No reader answered on %1. Check its cable and power.</source>
        <translation>%1 上没有阅读器应答。请检查连线和电源。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>RegPoint cannot start</source>
        <translation>报名点工作站无法启动</translation>
    </message>
</context>
</TS>
