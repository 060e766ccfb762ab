<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardWatcher</name>
    <message>
        <source>New release blocker</source>
        <translation>新的发布阻塞项</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Blocker fix merged</source>
        <translation>阻塞项的修复已合并</translation>
    </message>
    <message>
        <source>%1 fixes %2</source>
        <translation>%1 修复了 %2</translation>
    </message>
    <message>
        <source>Release branch CI turned red</source>
        <translation>发布分支 CI 变红</translation>
    </message>
</context>
<context>
    <name>CherryPickWords</name>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已请求</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <source>Open pull request</source>
        <translation>拉取请求未合并</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>head branch</source>
        <translation>源分支</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Render the main window to FILE.png without showing it, then exit.</source>
        <translation>将主窗口渲染为 FILE.png（不显示窗口），然后退出。</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>FILE.png</translation>
    </message>
    <message>
        <source>Use LANG (for example en or zh_CN) instead of the system language.</source>
        <translation>使用 LANG（例如 en 或 zh_CN）代替系统语言。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>--screenshot needs a file name ending in .png</source>
        <translation>--screenshot 需要以 .png 结尾的文件名</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>Use THEME instead of the one in the settings: system, light or dark.</source>
        <translation>使用 THEME 代替设置中的主题：system、light 或 dark。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>--theme takes system, light or dark, not %1</source>
        <translation>--theme 只接受 system、light 或 dark，而不是 %1</translation>
    </message>
    <message>
        <source>Open the workspace FILE (an SQLite file; created when missing, and then empty). Default: the demo workspace until an account is set up, then the default workspace.</source>
        <translation>打开工作区文件 FILE（SQLite 文件；不存在时创建，内容为空）。默认：尚未设置账号时为演示工作区，之后为默认工作区。</translation>
    </message>
    <message>
        <source>Fill an empty workspace FILE with the demo release (a named workspace is otherwise left as it is).</source>
        <translation>在空的工作区文件 FILE 中填入演示版本（否则指定的工作区保持原样）。</translation>
    </message>
    <message>
        <source>--demo fills the workspace named with --workspace FILE: name one (a new file).</source>
        <translation>--demo 用于填充 --workspace FILE 指定的工作区：请指定一个（新文件）。</translation>
    </message>
    <message>
        <source>Open the window at WIDTHxHEIGHT pixels (for example 1366x768).</source>
        <translation>以 WIDTHxHEIGHT 像素打开窗口（例如 1366x768）。</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>WIDTHxHEIGHT</translation>
    </message>
    <message>
        <source>--window-size takes WIDTHxHEIGHT in pixels, at least 640x480 (for example 1366x768), not %1</source>
        <translation>--window-size 需要以像素表示的 WIDTHxHEIGHT，至少 640x480（例如 1366x768），而不是 %1</translation>
    </message>
    <message>
        <source>Release Desk: the blocker board, metrics and release notes of a multi-repository release.

Without a command, opens the window. Commands (releasedesk help COMMAND for theirs):
  sync     fetch a release&apos;s issues, pull requests and CI from GitHub into the workspace
  board    print the blocker board (table, JSON or Markdown)
  cherry-picks  print the cherry-pick matrix over the maintained branches
  notes    print or export the release notes
  metrics  print the metrics&apos; tables (CSV or JSON)
  report   write the retrospective report (HTML and Markdown with charts)</source>
        <translation>Release Desk：多仓库发布的阻塞看板、度量和发布说明。

不带命令时打开窗口。命令（各命令的选项见 releasedesk help COMMAND）：
  sync     从 GitHub 获取版本的议题、拉取请求和 CI 到工作区
  board    打印阻塞看板（表格、JSON 或 Markdown）
  cherry-picks  打印各维护分支上的 cherry-pick 矩阵
  notes    打印或导出发布说明
  metrics  打印度量表（CSV 或 JSON）
  report   写出回顾报告（带图表的 HTML 和 Markdown）</translation>
    </message>
    <message>
        <source>Show VIEW first: board (default), table, notes, metrics, signal or cherry-picks.</source>
        <translation>首先显示 VIEW：board（默认）、table、notes、metrics、signal 或 cherry-picks。</translation>
    </message>
    <message>
        <source>--view takes board, table, notes, metrics, signal or cherry-picks, not %1</source>
        <translation>--view 只接受 board、table、notes、metrics、signal 或 cherry-picks，而不是 %1</translation>
    </message>
</context>
<context>
    <name>CommandWorkspace</name>
    <message>
        <source>The workspace has no release &quot;%1&quot;.</source>
        <translation>工作区中没有发布“%1”。</translation>
    </message>
    <message>
        <source>The workspace FILE (default: the one the app opens).</source>
        <translation>工作区文件 FILE（默认：应用打开的那个）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The release NAME (default: the first one).</source>
        <translation>发布名称 NAME（默认：第一个）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Fill an empty workspace FILE with the demo release (a named workspace is otherwise left as it is).</source>
        <translation>在空的工作区文件 FILE 中填入演示版本（否则指定的工作区保持原样）。</translation>
    </message>
</context>
<context>
    <name>ContextHealth</name>
    <message>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>recovering</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <source>flaky</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>失败中</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>无运行</translation>
    </message>
</context>
<context>
    <name>FreezeDesk</name>
    <message>
        <source>No exception</source>
        <translation>无例外</translation>
    </message>
    <message>
        <source>Exception requested</source>
        <translation>已申请例外</translation>
    </message>
    <message>
        <source>Exception approved</source>
        <translation>例外已批准</translation>
    </message>
    <message>
        <source>Exception rejected</source>
        <translation>例外被拒绝</translation>
    </message>
</context>
<context>
    <name>GitHubErrors</name>
    <message>
        <source>The connection to GitHub failed: %1</source>
        <translation>与 GitHub 的连接失败：%1</translation>
    </message>
    <message>
        <source>GitHub did not answer in time. Check your connection; the sync resumes where it stopped.</source>
        <translation>GitHub 未能及时响应。请检查网络连接；同步会从中断处继续。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the host name, the proxy and your connection.</source>
        <translation>无法连接 %1：%2。请检查主机名、代理和网络连接。</translation>
    </message>
    <message>
        <source>GitHub rejected the token (401 Bad credentials): it is wrong, expired or revoked. Sign in again with a new token.</source>
        <translation>GitHub 拒绝了该令牌（401 凭据错误）：令牌错误、已过期或已被吊销。请用新令牌重新登录。</translation>
    </message>
    <message>
        <source>The organisation enforces SAML single sign-on: authorise this token for it on GitHub, then sync again.</source>
        <translation>该组织强制使用 SAML 单点登录：请在 GitHub 上为该组织授权此令牌，然后重新同步。</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit refused the change; try again after %1.</source>
        <translation>GitHub 的速率限制拒绝了此更改；请在 %1 之后重试。</translation>
    </message>
    <message>
        <source>GitHub&apos;s secondary rate limit stopped the sync; try again in a few minutes.</source>
        <translation>GitHub 的二级速率限制中止了同步；请几分钟后重试。</translation>
    </message>
    <message>
        <source>The GitHub API budget is used up.</source>
        <translation>GitHub API 额度已用完。</translation>
    </message>
    <message>
        <source>GitHub refused the change (403: %1). Writing labels, milestones and assignees needs push (triage) rights on the repository and a token with the repo scope.</source>
        <translation>GitHub 拒绝了此更改（403：%1）。写入标签、里程碑和负责人需要仓库的 push（triage）权限以及带 repo 权限范围的令牌。</translation>
    </message>
    <message>
        <source>GitHub refused access (403). The token lacks a permission for this repository: give it the repo (or public_repo) scope, or read access to the repository.</source>
        <translation>GitHub 拒绝访问（403）。该令牌缺少此仓库的权限：请授予 repo（或 public_repo）权限范围，或该仓库的读取权限。</translation>
    </message>
    <message>
        <source>GitHub does not know this item or value (404: %1).</source>
        <translation>GitHub 找不到该条目或值（404：%1）。</translation>
    </message>
    <message>
        <source>%1 answered 404: check the host address (GitHub Enterprise uses https://HOST).</source>
        <translation>%1 返回 404：请检查主机地址（GitHub Enterprise 使用 https://HOST）。</translation>
    </message>
    <message>
        <source>GitHub answered %1: %2</source>
        <translation>GitHub 返回 %1：%2</translation>
    </message>
    <message>
        <source>GitHub had a server error (%1). It usually passes; sync again later.</source>
        <translation>GitHub 服务器出错（%1）。通常会自行恢复；请稍后重新同步。</translation>
    </message>
    <message>
        <source>GitHub rejected the change as invalid (%1: %2).</source>
        <translation>GitHub 认为此更改无效（%1：%2）。</translation>
    </message>
</context>
<context>
    <name>GitHubHost</name>
    <message>
        <source>&quot;%1&quot; is not a host name or URL. Enter github.com or your GitHub Enterprise address, for example https://github.example.com.</source>
        <translation>“%1”不是主机名或网址。请输入 github.com 或 GitHub Enterprise 地址，例如 https://github.example.com。</translation>
    </message>
    <message>
        <source>Refusing plain http:// for %1: the token would be sent unencrypted. Use https://.</source>
        <translation>拒绝对 %1 使用明文 http://：令牌将以未加密方式发送。请使用 https://。</translation>
    </message>
    <message>
        <source>Unsupported address scheme &quot;%1&quot;: use https://.</source>
        <translation>不支持的地址协议“%1”：请使用 https://。</translation>
    </message>
</context>
<context>
    <name>GitHubParsers</name>
    <message>
        <source>GitHub sent a response that is not valid JSON (%1 at byte %2). The request will be retried; if this persists, check for a proxy rewriting responses.</source>
        <translation>GitHub 返回的响应不是有效的 JSON（第 %2 字节：%1）。将重试该请求；如果问题持续，请检查是否有代理改写了响应。</translation>
    </message>
    <message>
        <source>The repository %1 was not found on %2: it was renamed, deleted or made private. Update the release&apos;s repositories. Its cached items are kept.</source>
        <translation>在 %2 上找不到仓库 %1：它已被重命名、删除或设为私有。请更新该发布的仓库列表。其已缓存的条目会保留。</translation>
    </message>
    <message>
        <source>GitHub returned no data for %1.</source>
        <translation>GitHub 没有返回 %1 的数据。</translation>
    </message>
    <message>
        <source>GitHub refused the query for %1: %2</source>
        <translation>GitHub 拒绝了对 %1 的查询：%2</translation>
    </message>
    <message>
        <source>%1: item %2 of this page could not be read: %3</source>
        <translation>%1：本页第 %2 个条目无法读取：%3</translation>
    </message>
    <message>
        <source>GitHub sent no data for it</source>
        <translation>GitHub 没有返回它的数据</translation>
    </message>
    <message>
        <source>%1: an item without a number was skipped.</source>
        <translation>%1：跳过了一个没有编号的条目。</translation>
    </message>
    <message>
        <source>%1: %2 (the rest of the item was stored)</source>
        <translation>%1：%2（该条目的其余内容已保存）</translation>
    </message>
    <message>
        <source>%1 disappeared while it was being read; it will be read again on the next sync.</source>
        <translation>%1 在读取过程中消失；下次同步时会重新读取。</translation>
    </message>
    <message>
        <source>GitHub returned no repository data.</source>
        <translation>GitHub 没有返回仓库数据。</translation>
    </message>
    <message>
        <source>GitHub did not say who the token belongs to: %1</source>
        <translation>GitHub 没有说明该令牌属于谁：%1</translation>
    </message>
    <message>
        <source>GitHub did not list the repositories: %1</source>
        <translation>GitHub 没有列出仓库：%1</translation>
    </message>
    <message>
        <source>GitHub cannot compare these refs of %1.</source>
        <translation>GitHub 无法比较 %1 的这两个引用。</translation>
    </message>
    <message>
        <source>GitHub cannot compare these refs of %1: %2</source>
        <translation>GitHub 无法比较 %1 的这两个引用：%2</translation>
    </message>
    <message>
        <source>%1: part of the range could not be read: %2</source>
        <translation>%1：范围的一部分无法读取：%2</translation>
    </message>
    <message>
        <source>%1: part of a branch&apos;s pull requests could not be read: %2</source>
        <translation>%1：分支的部分拉取请求无法读取：%2</translation>
    </message>
</context>
<context>
    <name>IssueDraft</name>
    <message numerus="yes">
        <source>#### Which job is %1?

%2 on %3 of %4 (%5).

#### Failing runs in the last %n run(s)

%6

#### Pass rate

%7 (%8 of the window&apos;s runs passed; current streak %9).

Filed from Release Desk&apos;s release signal.</source>
        <translation>
            <numerusform>#### 哪个任务%1？

%4 的 %3 上的 %2（%5）。

#### 最近 %n 次运行中的失败

%6

#### 通过率

%7（窗口内 %8 次运行通过；当前连续通过 %9 次）。

由 Release Desk 的发布信号提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>flaking</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>失败中</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>阻塞性</translation>
    </message>
    <message>
        <source>informing</source>
        <translation>参考性</translation>
    </message>
    <message>
        <source>(none stored)</source>
        <translation>（未保存）</translation>
    </message>
</context>
<context>
    <name>ItemQuery</name>
    <message>
        <source>Unexpected &quot;%1&quot;: close every parenthesis you open.</source>
        <translation>意外的“%1”：请闭合每一个括号。</translation>
    </message>
    <message>
        <source>Something is missing before or after OR, or inside parentheses.</source>
        <translation>OR 前后或括号内缺少内容。</translation>
    </message>
    <message>
        <source>NOT needs something after it.</source>
        <translation>NOT 后面需要跟条件。</translation>
    </message>
    <message>
        <source>A parenthesis is not closed.</source>
        <translation>有括号没有闭合。</translation>
    </message>
    <message>
        <source>Unknown qualifier &quot;%1:&quot;; it is searched as text. Known: %2.</source>
        <translation>未知限定符“%1:”；将按文本搜索。可用的限定符：%2。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Api::GitHubClient</name>
    <message>
        <source>The GitHub API budget is used up until %1.</source>
        <translation>GitHub API 额度已用完，%1 后恢复。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The GitHub API budget is used up.</source>
        <translation>GitHub API 额度已用完。</translation>
    </message>
    <message>
        <source>%1 already has a published release for %2. Release Desk only writes drafts and never changes a published release: edit it on GitHub, or choose another tag.</source>
        <translation>%1 已有 %2 的正式发布。Release Desk 只写入草稿，绝不修改已发布的版本：请在 GitHub 上编辑它，或选择其他标签。</translation>
    </message>
    <message>
        <source>GitHub&apos;s list of releases could not be read.</source>
        <translation>无法读取 GitHub 的发布列表。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Api::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). Start one, or set GITHUB_TOKEN for headless use. (%1)</source>
        <translation>没有可用的系统密钥环（在 Linux 上为 GNOME Keyring 或 KWallet 等 Secret Service）。请启动一个，或在无界面使用时设置 GITHUB_TOKEN。（%1）</translation>
    </message>
    <message>
        <source>The keychain refused access: unlock it and try again. (%1)</source>
        <translation>密钥环拒绝访问：请解锁后重试。（%1）</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>密钥环出错：%1</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::App</name>
    <message>
        <source>Synchronise a release&apos;s issues, pull requests and CI from GitHub into the workspace, without a window.</source>
        <translation>在不打开窗口的情况下，将发布的 Issue、PR 和 CI 状态从 GitHub 同步到工作区。</translation>
    </message>
    <message>
        <source>The sync command.</source>
        <translation>同步命令。</translation>
    </message>
    <message>
        <source>The workspace FILE (default: %1).</source>
        <translation>工作区文件 FILE（默认：%1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The release NAME to sync (defined in the app, or created from --repo and --milestone).</source>
        <translation>要同步的发布 NAME（在应用中定义，或由 --repo 和 --milestone 创建）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>github.com (default) or a GitHub Enterprise address.</source>
        <translation>github.com（默认）或 GitHub Enterprise 地址。</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>A repository OWNER/NAME of the release (repeatable).</source>
        <translation>发布包含的仓库 OWNER/NAME（可重复）。</translation>
    </message>
    <message>
        <source>OWNER/NAME</source>
        <translation>OWNER/NAME</translation>
    </message>
    <message>
        <source>The milestone TITLE in every --repo (repeatable; matched leniently).</source>
        <translation>每个 --repo 中的里程碑 TITLE（可重复；宽松匹配）。</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>The release BRANCH, for its CI state.</source>
        <translation>发布分支 BRANCH，用于获取其 CI 状态。</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>BRANCH</translation>
    </message>
    <message>
        <source>Read everything again instead of only what changed since the last sync.</source>
        <translation>重新读取全部内容，而不仅是上次同步后的变更。</translation>
    </message>
    <message>
        <source>Items per request (1-100, default 100).</source>
        <translation>每个请求的条目数（1-100，默认 100）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Run &apos;releasedesk sync --help&apos; for the options.</source>
        <translation>运行 &apos;releasedesk sync --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>--page-size must be between 1 and 100.</source>
        <translation>--page-size 必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>--repo needs OWNER/NAME, not &quot;%1&quot;.</source>
        <translation>--repo 需要 OWNER/NAME 格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>Name a release with --release, or give --repo and --milestone.</source>
        <translation>请用 --release 指定发布，或提供 --repo 和 --milestone。</translation>
    </message>
    <message>
        <source>The workspace has no release &quot;%1&quot;. Known releases: %2.</source>
        <translation>工作区中没有发布“%1”。已有的发布：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No token for %1: sign in from the app, or set GITHUB_TOKEN (GH_ENTERPRISE_TOKEN for GitHub Enterprise).</source>
        <translation>没有 %1 的令牌：请在应用中登录，或设置 GITHUB_TOKEN（GitHub Enterprise 使用 GH_ENTERPRISE_TOKEN）。</translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4 pages, %5 items</source>
        <translation>[%1/%2] %3：%4 页，%5 个条目</translation>
    </message>
    <message>
        <source>The API budget is used up: waiting until %1 for it to reset.</source>
        <translation>API 额度已用完：等待至 %1 重置。</translation>
    </message>
    <message>
        <source>GitHub asked to slow down: waiting until %1.</source>
        <translation>GitHub 要求放慢速度：等待至 %1。</translation>
    </message>
    <message>
        <source>Retrying at %1.</source>
        <translation>将于 %1 重试。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 items stored from %2 pages in %3 requests (%4 rate-limit points); %5 points left.</source>
        <translation>已保存 %1 个条目，共 %2 页、%3 个请求（消耗 %4 点速率额度）；剩余 %5 点。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Interrupted; the next sync resumes where this one stopped.</source>
        <translation>已中断；下次同步将从此处继续。</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 pending</source>
        <translation>%1 通过，%2 失败，%3 进行中</translation>
    </message>
    <message>
        <source>Print a release&apos;s blocker board.</source>
        <translation>打印发布的阻塞看板。</translation>
    </message>
    <message>
        <source>The board command.</source>
        <translation>看板命令。</translation>
    </message>
    <message>
        <source>table (default), json or markdown.</source>
        <translation>table（默认）、json 或 markdown。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Only cards matching QUERY (the query bar&apos;s syntax).</source>
        <translation>只输出匹配 QUERY 的卡片（与查询栏语法相同）。</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>--format must be table, json or markdown.</source>
        <translation>--format 必须是 table、json 或 markdown。</translation>
    </message>
    <message>
        <source>Release %1 status</source>
        <translation>发布 %1 状态</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>No template &quot;%1&quot;: use kubesphere, kubesphere-zh, kubernetes, drafter, or a file (release-drafter.yml or a template exported as JSON).</source>
        <translation>没有模板“%1”：请使用 kubesphere、kubesphere-zh、kubernetes、drafter，或一个文件（release-drafter.yml 或导出为 JSON 的模板）。</translation>
    </message>
    <message>
        <source>%1 is neither a release-drafter.yml nor a template in JSON.</source>
        <translation>%1 既不是 release-drafter.yml，也不是 JSON 格式的模板。</translation>
    </message>
    <message>
        <source>Render a release&apos;s notes, with the edits saved in its draft.</source>
        <translation>生成发布说明，并应用其草稿中保存的编辑。</translation>
    </message>
    <message>
        <source>The notes command.</source>
        <translation>发布说明命令。</translation>
    </message>
    <message>
        <source>The draft whose edits apply (default: the first saved one; none: no edits).</source>
        <translation>应用其编辑的草稿（默认：第一个已保存的草稿；none：不应用编辑）。</translation>
    </message>
    <message>
        <source>kubesphere, kubesphere-zh, kubernetes, drafter, or a FILE (release-drafter.yml or a JSON template). Default: the draft&apos;s.</source>
        <translation>kubesphere、kubesphere-zh、kubernetes、drafter，或一个 FILE（release-drafter.yml 或 JSON 模板）。默认：草稿所用的模板。</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>md (default), html or json.</source>
        <translation>md（默认）、html 或 json。</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of standard output.</source>
        <translation>写入 FILE（原子写入），而不是标准输出。</translation>
    </message>
    <message>
        <source>--format must be md, html or json.</source>
        <translation>--format 必须是 md、html 或 json。</translation>
    </message>
    <message>
        <source>The release %1 has no draft &quot;%2&quot;. Its drafts: %3</source>
        <translation>发布 %1 没有草稿“%2”。已有草稿：%3</translation>
    </message>
    <message>
        <source>%1 release notes</source>
        <translation>%1 发布说明</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The workspace has no release &quot;%1&quot; to compare with.</source>
        <translation>工作区中没有可用于比较的发布“%1”。</translation>
    </message>
    <message>
        <source>Print a release&apos;s metrics: burndown, blockers, throughput, lead time, CI health, breakdowns.</source>
        <translation>输出发布的指标：燃尽图、阻塞问题、吞吐量、交付周期、CI 健康度、分类统计。</translation>
    </message>
    <message>
        <source>The metrics command.</source>
        <translation>指标命令。</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format 必须是 csv 或 json。</translation>
    </message>
    <message>
        <source>No table &quot;%1&quot; (see --help for the IDs; the comparison tables need --compare).</source>
        <translation>没有表“%1”（ID 见 --help；比较表需要 --compare）。</translation>
    </message>
    <message>
        <source>Write a release&apos;s retrospective pack: report.md and report.html with the charts as images.</source>
        <translation>写出发布的回顾资料包：report.md 和 report.html，图表以图片形式嵌入。</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>报告命令。</translation>
    </message>
    <message>
        <source>The folder DIR to write the pack into (created).</source>
        <translation>写入资料包的文件夹 DIR（不存在时会创建）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--output DIR is required: the folder to write the report into.</source>
        <translation>必须指定 --output DIR：写入报告的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 retrospective</source>
        <translation>%1 回顾</translation>
    </message>
    <message>
        <source>Items in scope: %1 (%2 open)</source>
        <translation>范围内条目：%1（%2 个未关闭）</translation>
    </message>
    <message>
        <source>PR lead time: median %1 days, p90 %2 days</source>
        <translation>PR 交付周期：中位数 %1 天，p90 %2 天</translation>
    </message>
    <message>
        <source>Time to first review: median %1 hours</source>
        <translation>首次评审用时：中位数 %1 小时</translation>
    </message>
    <message>
        <source>Merged PRs with green required checks: %1%</source>
        <translation>必需检查全部通过的已合并 PR：%1%</translation>
    </message>
    <message>
        <source>Flaky candidates: %1</source>
        <translation>疑似不稳定的检查：%1</translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>关键数字</translation>
    </message>
    <message>
        <source>Open blockers</source>
        <translation>未解决的阻塞问题</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>%1, open for %2 days</source>
        <translation>%1，已打开 %2 天</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Wrote %1 (report.md, report.html and %2 charts).</source>
        <translation>已写出 %1（report.md、report.html 和 %2 个图表）。</translation>
    </message>
    <message>
        <source>Another release NAME to compare with (repeatable).</source>
        <translation>用于比较的另一个发布 NAME（可重复）。</translation>
    </message>
    <message>
        <source>Also the merged pull requests of the commits FROM..TO (two tags or branches) in every --repo.</source>
        <translation>同时纳入每个 --repo 中 FROM..TO（两个标签或分支）之间提交所对应的已合并拉取请求。</translation>
    </message>
    <message>
        <source>FROM..TO</source>
        <translation>FROM..TO</translation>
    </message>
    <message>
        <source>--range needs FROM..TO, two tags or branches, not &quot;%1&quot;.</source>
        <translation>--range 需要 FROM..TO 形式的两个标签或分支，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give --milestone or --range with --repo.</source>
        <translation>请在 --repo 之外给出 --milestone 或 --range。</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message numerus="yes">
        <source>Required CI on %1: %2% of %n run(s) passed from %3 to %4.</source>
        <translation>
            <numerusform>%1 上的必需 CI：从 %3 到 %4 的 %n 次运行中有 %2% 通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs of required contexts read on the release branch.</source>
        <translation>未在发布分支上读取到必需检查的运行。</translation>
    </message>
    <message>
        <source>Flakes and failures: none on the release branch.</source>
        <translation>不稳定与失败：发布分支上没有。</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4), %5</source>
        <translation>%1 %2：%3（%4），%5</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>阻塞性</translation>
    </message>
    <message>
        <source>informing</source>
        <translation>参考性</translation>
    </message>
    <message>
        <source>no tracking issue</source>
        <translation>没有跟踪 Issue</translation>
    </message>
    <message>
        <source>tracked by %1</source>
        <translation>由 %1 跟踪</translation>
    </message>
    <message>
        <source>For CSV: the table ID (burndown, blockers, throughput, lead_time, first_review, ci_health, release_branch_pass_rate, failing_contexts, by_area, by_sig, by_kind, by_repository, release_over_release, release_summary). Default: burndown.</source>
        <translation>用于 CSV：表 ID（burndown、blockers、throughput、lead_time、first_review、ci_health、release_branch_pass_rate、failing_contexts、by_area、by_sig、by_kind、by_repository、release_over_release、release_summary）。默认：burndown。</translation>
    </message>
    <message>
        <source>Release signal</source>
        <translation>发布信号</translation>
    </message>
    <message>
        <source>Write the notes for review into DIR (one CSV and one Markdown checklist per reviewer) instead of rendering them.</source>
        <translation>将说明写入 DIR 供审阅（每位审阅人一个 CSV 和一个 Markdown 清单），而不是渲染它们。</translation>
    </message>
    <message>
        <source>With --review-export: csv, md or both (default).</source>
        <translation>与 --review-export 一起使用：csv、md 或 both（默认）。</translation>
    </message>
    <message>
        <source>With --review-export: one file for every reviewer.</source>
        <translation>与 --review-export 一起使用：所有审阅人共用一个文件。</translation>
    </message>
    <message>
        <source>Read a reviewed CSV, list every change and save them in the draft (created if the release has none).</source>
        <translation>读取审阅后的 CSV，列出每处更改并保存到草稿中（若版本没有草稿则创建）。</translation>
    </message>
    <message>
        <source>With --review-import: list the changes, save nothing.</source>
        <translation>与 --review-import 一起使用：只列出更改，不保存。</translation>
    </message>
    <message>
        <source>--review-format must be csv, md or both.</source>
        <translation>--review-format 必须是 csv、md 或 both。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1	%2	%3 -&gt; %4</source>
        <translation>%1	%2	%3 -&gt; %4</translation>
    </message>
    <message>
        <source>Draft 1</source>
        <translation>草稿 1</translation>
    </message>
    <message>
        <source>Cannot save the draft %1.</source>
        <translation>无法保存草稿 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) in the draft %1.</source>
        <translation>
            <numerusform>已在草稿 %1 中保存 %n 处更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Freeze exceptions</source>
        <translation>冻结例外</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请于</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定于</translation>
    </message>
    <message>
        <source>CI: %1 passed, %2 failed, %3 pending</source>
        <translation>CI：%1 个通过，%2 个失败，%3 个进行中</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Print a release&apos;s cherry-pick matrix: each fix merged on the main branch that needs back-porting, and what each maintained branch holds of it.</source>
        <translation>打印版本的 cherry-pick 矩阵：主分支上每个需要回合的修复，以及每个维护分支上它的状态。</translation>
    </message>
    <message>
        <source>The cherry-picks command.</source>
        <translation>cherry-picks 命令。</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) to back-port</source>
        <translation>
            <numerusform>%n 个修复需要回合</numerusform>
        </translation>
    </message>
    <message>
        <source>The release maintains no branch besides %1: list the maintained branches in the release&apos;s settings (Cherry-picks).</source>
        <translation>该版本除 %1 外没有维护分支：请在版本设置（Cherry-pick）中列出维护分支。</translation>
    </message>
    <message>
        <source>Cherry-picks of %1</source>
        <translation>%1 的 cherry-pick</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>merged %1</source>
        <translation>合并于 %1</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::App::DesktopApp</name>
    <message>
        <source>Limited token</source>
        <translation>权限受限的令牌</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>Defining a release reads its repositories and milestones from GitHub: sign in first (File &gt; Sign In to GitHub).</source>
        <translation>定义发布需要从 GitHub 读取仓库和里程碑：请先登录（文件 &gt; 登录 GitHub）。</translation>
    </message>
    <message>
        <source>Cannot use %1</source>
        <translation>无法使用 %1</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>没有令牌</translation>
    </message>
    <message>
        <source>Cannot save the release</source>
        <translation>无法保存发布</translation>
    </message>
    <message>
        <source>Sync Interval</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <source>Sync the release in the background every (minutes):</source>
        <translation>后台同步发布的间隔（分钟）：</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The demo workspace is not on GitHub, so triage is not sent anywhere. Sign in and define a release to triage for real.</source>
        <translation>演示工作区不在 GitHub 上，因此分类操作不会发送到任何地方。请登录并定义发布后再进行真实的分类。</translation>
    </message>
    <message>
        <source>The previous triage is still being sent.</source>
        <translation>上一次分类操作仍在发送中。</translation>
    </message>
    <message>
        <source>Unnamed release</source>
        <translation>未命名的发布</translation>
    </message>
    <message>
        <source>Draft 1</source>
        <translation>草稿 1</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <source>The demo&apos;s repositories are not yours to publish to. Sign in and define a release to publish its notes as a draft GitHub release; export works in the demo too.</source>
        <translation>演示工作区的仓库不属于你，无法发布。请登录并定义发布，才能将其说明发布为 GitHub 草稿发布；导出在演示中同样可用。</translation>
    </message>
    <message>
        <source>Saving the draft release on GitHub…</source>
        <translation>正在 GitHub 上保存草稿发布…</translation>
    </message>
    <message>
        <source>The draft release was not saved</source>
        <translation>草稿发布未保存</translation>
    </message>
    <message>
        <source>Created the draft release %1 on %2: %3</source>
        <translation>已在 %2 上创建草稿发布 %1：%3</translation>
    </message>
    <message>
        <source>Updated the draft release %1 on %2: %3</source>
        <translation>已在 %2 上更新草稿发布 %1：%3</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <source>%1 removed; its token was deleted from the keychain.</source>
        <translation>已移除 %1；其令牌已从钥匙串中删除。</translation>
    </message>
    <message>
        <source>%1 removed, but its token could not be deleted from the keychain: %2</source>
        <translation>已移除 %1，但无法从钥匙串中删除其令牌：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>无法写入 %1：%2。请选择一个可写的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n release(s), with templates, columns and saved views, to %1.</source>
        <translation>
            <numerusform>已将 %n 个版本及模板、列和已保存视图导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n release(s), with templates, columns and saved views, from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个版本及模板、列和已保存视图。</numerusform>
        </translation>
    </message>
    <message>
        <source>File Issue</source>
        <translation>提交 Issue</translation>
    </message>
    <message>
        <source>File this issue in %1?

%2
Labels: %3</source>
        <translation>要在 %1 中提交此 Issue 吗？

%2
标签：%3</translation>
    </message>
    <message>
        <source>&amp;File Issue</source>
        <translation>提交 Issue(&amp;F)</translation>
    </message>
    <message>
        <source>The demo workspace is not on GitHub, so no issue is filed. Sign in and define a release to file issues for real.</source>
        <translation>演示工作区不在 GitHub 上，因此不会提交 Issue。请登录并定义一个发布，以便真正提交 Issue。</translation>
    </message>
    <message>
        <source>The issue was not filed</source>
        <translation>Issue 未能提交</translation>
    </message>
    <message>
        <source>The draft release was not saved.</source>
        <translation>草稿发布未保存。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2: triage, publishing and sync use this token from now on.</source>
        <translation>已以 %2 身份登录 %1：从现在起，分类处理、发布和同步都使用此令牌。</translation>
    </message>
    <message>
        <source>The keychain has no token for %1: sign in again (File &gt; Sign In to GitHub).</source>
        <translation>钥匙串中没有 %1 的令牌：请重新登录（文件 &gt; 登录 GitHub）。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, but the token in the environment (GITHUB_TOKEN, GH_TOKEN or GH_ENTERPRISE_TOKEN) is still the one used: unset it to use this one.</source>
        <translation>已以 %2 身份登录 %1，但仍在使用环境变量中的令牌（GITHUB_TOKEN、GH_TOKEN 或 GH_ENTERPRISE_TOKEN）：取消设置它才会使用此令牌。</translation>
    </message>
    <message>
        <source>Filed &quot;%1&quot; in %2; the next sync brings it to the ledger.</source>
        <translation>已在 %2 中提交“%1”；下次同步后会出现在台账中。</translation>
    </message>
    <message>
        <source>The triage is still being sent; pick the other release when it is done.</source>
        <translation>分类变更仍在发送中；请在完成后再选择其他发布。</translation>
    </message>
    <message>
        <source>Copied the report; the next one will say what changed since.</source>
        <translation>已复制报告；下一份报告将说明此后的变化。</translation>
    </message>
    <message>
        <source>Copied the report (it could not be remembered: %1).</source>
        <translation>已复制报告（但无法记录：%1）。</translation>
    </message>
    <message>
        <source>The cherry-pick matrix could not be read from the workspace.</source>
        <translation>无法从工作区读取 cherry-pick 矩阵。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::App::SyncSession</name>
    <message>
        <source>Demo data: nothing to sync. To work on a real release, run releasedesk sync --repo OWNER/NAME --milestone TITLE (see the README).</source>
        <translation>演示数据：无需同步。要处理真实发布，请运行 releasedesk sync --repo OWNER/NAME --milestone TITLE（见 README）。</translation>
    </message>
    <message>
        <source>This workspace has no release to sync yet.</source>
        <translation>此工作区还没有可同步的发布。</translation>
    </message>
    <message>
        <source>No token for %1: sign in (File &gt; Sign In to GitHub), or set GITHUB_TOKEN (GH_ENTERPRISE_TOKEN for GitHub Enterprise).</source>
        <translation>没有 %1 的令牌：请登录（文件 &gt; 登录 GitHub），或设置 GITHUB_TOKEN（GitHub Enterprise 使用 GH_ENTERPRISE_TOKEN）。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::GitHubParsers</name>
    <message>
        <source>GitHub&apos;s answer about releases is not the JSON expected; try again, and report it if it persists.</source>
        <translation>GitHub 关于发布的响应不是预期的 JSON；请重试，如果问题持续存在请报告。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Lint</name>
    <message>
        <source>No release-note block: the text is the PR title. Write a note.</source>
        <translation>没有 release-note 块：文本是 PR 标题。请撰写说明。</translation>
    </message>
    <message>
        <source>The release-note block is empty: the author did not answer. Write a note or exclude the entry.</source>
        <translation>release-note 块为空：作者没有填写。请撰写说明或排除此条目。</translation>
    </message>
    <message>
        <source>The note does not end with a period.</source>
        <translation>说明没有以句号结尾。</translation>
    </message>
    <message>
        <source>The note does not start with a capital letter.</source>
        <translation>说明没有以大写字母开头。</translation>
    </message>
    <message>
        <source>The note is very long: shorten it or link to the documentation.</source>
        <translation>说明过长：请缩短或链接到文档。</translation>
    </message>
    <message>
        <source>The PR is cited in several sections.</source>
        <translation>该 PR 在多个章节中被引用。</translation>
    </message>
    <message>
        <source>The PR has no kind/* label: choose a type.</source>
        <translation>该 PR 没有 kind/* 标签：请选择类型。</translation>
    </message>
    <message>
        <source>An action-required note outside the urgent section.</source>
        <translation>需要用户操作的说明不在紧急章节中。</translation>
    </message>
    <message>
        <source>The PR&apos;s body and its release-note labels disagree.</source>
        <translation>PR 正文与其 release-note 标签不一致。</translation>
    </message>
    <message>
        <source>The PR&apos;s note changed after this entry was edited: compare and choose.</source>
        <translation>此条目编辑后 PR 的说明发生了变化：请比较并选择。</translation>
    </message>
    <message>
        <source>Another entry says nearly the same: select this entry and press Merge (Ctrl+M) to join them.</source>
        <translation>另一条目的内容几乎相同：选中此条目并按“合并”（Ctrl+M）将它们合并。</translation>
    </message>
    <message>
        <source>The note holds HTML: exports show it as text unless the template allows HTML.</source>
        <translation>说明中含有 HTML：除非模板允许 HTML，导出时会将其显示为文本。</translation>
    </message>
    <message>
        <source>The note links to something other than a web or mail address: HTML and PDF exports drop the link.</source>
        <translation>说明链接到的不是网页或邮件地址：HTML 和 PDF 导出会去掉该链接。</translation>
    </message>
    <message>
        <source>The note shows an image from elsewhere: readers&apos; browsers would load it. Exports leave it out unless you ask for remote images.</source>
        <translation>说明显示了来自其他网站的图片：读者的浏览器会加载它。除非你要求保留远程图片，导出时会略去它。</translation>
    </message>
    <message>
        <source>The note holds invisible characters that reverse the text as displayed: check what it really says.</source>
        <translation>说明中含有会反转显示顺序的不可见字符：请核对它的真实内容。</translation>
    </message>
    <message>
        <source>The note mentions an address on a private network or an internal host: readers cannot open it, and it may not be meant for publication.</source>
        <translation>说明提到了私有网络或内部主机上的地址：读者无法打开，而且它可能不应公开。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Metrics</name>
    <message>
        <source>Feature freeze</source>
        <translation>功能冻结</translation>
    </message>
    <message>
        <source>Code freeze</source>
        <translation>代码冻结</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Open items by days before release</source>
        <translation>发布前各天的未关闭条目</translation>
    </message>
    <message>
        <source>Release over release</source>
        <translation>版本间对比</translation>
    </message>
    <message>
        <source>Items in scope</source>
        <translation>范围内条目</translation>
    </message>
    <message>
        <source>Lead time median (d)</source>
        <translation>交付周期中位数（天）</translation>
    </message>
    <message>
        <source>Lead time p90 (d)</source>
        <translation>交付周期 p90（天）</translation>
    </message>
    <message>
        <source>Green at merge (share)</source>
        <translation>合并时通过的比例</translation>
    </message>
    <message>
        <source>Days before release</source>
        <translation>距发布的天数</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Models</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Burndown and burnup</source>
        <translation>燃尽与燃起</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Added to scope</source>
        <translation>加入范围</translation>
    </message>
    <message>
        <source>Removed from scope</source>
        <translation>移出范围</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>理想线</translation>
    </message>
    <message>
        <source>Open blockers</source>
        <translation>未解决的阻塞问题</translation>
    </message>
    <message>
        <source>Throughput per week</source>
        <translation>每周吞吐量</translation>
    </message>
    <message>
        <source>PRs merged</source>
        <translation>已合并 PR</translation>
    </message>
    <message>
        <source>Issues closed</source>
        <translation>已关闭 Issue</translation>
    </message>
    <message>
        <source>PR lead time: median %1 d, p90 %2 d</source>
        <translation>PR 交付周期：中位数 %1 天，p90 %2 天</translation>
    </message>
    <message>
        <source>Time to first review: median %1 h, p90 %2 h</source>
        <translation>首次评审用时：中位数 %1 小时，p90 %2 小时</translation>
    </message>
    <message>
        <source>CI health: %1% of merged PRs had green required checks</source>
        <translation>CI 健康度：%1% 的已合并 PR 必需检查全部通过</translation>
    </message>
    <message>
        <source>Open PRs with failing CI</source>
        <translation>CI 失败的未合并 PR</translation>
    </message>
    <message>
        <source>Failing contexts on the release branch</source>
        <translation>发布分支上失败的检查</translation>
    </message>
    <message>
        <source>Failing CI contexts (flaky candidates: %1)</source>
        <translation>失败的 CI 检查（疑似不稳定：%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Scope by %1</source>
        <translation>按%1统计范围</translation>
    </message>
    <message>
        <source>area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>SIG</source>
        <translation>SIG</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Open blockers by age (days)</source>
        <translation>未解决阻塞问题的存在天数</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>已打开天数</translation>
    </message>
    <message>
        <source>Release branch CI: %1% of required runs passed</source>
        <translation>发布分支 CI：必需运行的通过率为 %1%</translation>
    </message>
    <message>
        <source>Release branch CI: no runs of required contexts read</source>
        <translation>发布分支 CI：未读取到必需检查的运行</translation>
    </message>
    <message>
        <source>Required runs passed (%)</source>
        <translation>必需运行通过率（%）</translation>
    </message>
    <message>
        <source>Required runs</source>
        <translation>必需运行次数</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Models::CherryPickMatrixModel</name>
    <message>
        <source>not needed</source>
        <translation>无需</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>已请求</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <source>open PR</source>
        <translation>打开中的 PR</translation>
    </message>
    <message>
        <source>open PR %1</source>
        <translation>打开中的 PR %1</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>merged %1</source>
        <translation>已合并 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>CI failing (%1 required)</source>
        <translation>CI 失败（%1 个必需）</translation>
    </message>
    <message>
        <source>CI failing</source>
        <translation>CI 失败</translation>
    </message>
    <message>
        <source>CI running</source>
        <translation>CI 运行中</translation>
    </message>
    <message>
        <source>CI passing</source>
        <translation>CI 通过</translation>
    </message>
    <message>
        <source>CI neither passed nor failed</source>
        <translation>CI 既未通过也未失败</translation>
    </message>
    <message>
        <source>CI unknown</source>
        <translation>CI 未知</translation>
    </message>
    <message>
        <source>found by its link to the fix</source>
        <translation>通过指向修复的链接找到</translation>
    </message>
    <message>
        <source>found by its title</source>
        <translation>通过标题找到</translation>
    </message>
    <message>
        <source>found by its branch name</source>
        <translation>通过分支名找到</translation>
    </message>
    <message>
        <source>needed, not requested yet</source>
        <translation>需要，尚未请求</translation>
    </message>
    <message>
        <source>cherry-pick requested</source>
        <translation>已请求 cherry-pick</translation>
    </message>
    <message>
        <source>conflicts: the bot could not pick it, port it by hand</source>
        <translation>有冲突：机器人无法 cherry-pick，请手动移植</translation>
    </message>
    <message>
        <source>open pull request</source>
        <translation>打开中的拉取请求</translation>
    </message>
    <message>
        <source>open pull request %1</source>
        <translation>打开中的拉取请求 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>merged in %1</source>
        <translation>已在 %1 中合并</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2
Merged %3
Needs back-porting: %4</source>
        <translation>%1：%2
合并于 %3
需要向后移植的原因：%4</translation>
    </message>
    <message>
        <source>Fix %1: %2, merged %3</source>
        <translation>修复 %1：%2，合并于 %3</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Pull requests merged on the main branch that need back-porting</source>
        <translation>已合并到主分支且需要向后移植的拉取请求</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Models::HumanWords</name>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 添加了 %2</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 移除了 %2</translation>
    </message>
    <message>
        <source>%1 added this to %2</source>
        <translation>%1 将此项加入 %2</translation>
    </message>
    <message>
        <source>%1 removed this from %2</source>
        <translation>%1 将此项移出 %2</translation>
    </message>
    <message>
        <source>%1 closed this</source>
        <translation>%1 关闭了此项</translation>
    </message>
    <message>
        <source>%1 reopened this</source>
        <translation>%1 重新打开了此项</translation>
    </message>
    <message>
        <source>%1 merged this</source>
        <translation>%1 合并了此项</translation>
    </message>
    <message>
        <source>%1 merged this into %2</source>
        <translation>%1 将此项合并到 %2</translation>
    </message>
    <message>
        <source>%1 mentioned this in %2</source>
        <translation>%1 在 %2 中提到了此项</translation>
    </message>
    <message>
        <source>%1 changed this</source>
        <translation>%1 更改了此项</translation>
    </message>
    <message>
        <source>%1 changed this: %2</source>
        <translation>%1 更改了此项：%2</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation>需要评审</translation>
    </message>
    <message>
        <source>No review yet</source>
        <translation>尚无评审</translation>
    </message>
    <message>
        <source>Unknown review state</source>
        <translation>评审状态未知</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <source>Ready to merge</source>
        <translation>可以合并</translation>
    </message>
    <message>
        <source>Blocked by required checks or reviews</source>
        <translation>被必需的检查或评审阻止</translation>
    </message>
    <message>
        <source>Behind the base branch</source>
        <translation>落后于基础分支</translation>
    </message>
    <message>
        <source>Mergeable, with failing checks</source>
        <translation>可合并，但有失败的检查</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Mergeable</source>
        <translation>可合并</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>尚不可知</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Neutral or skipped</source>
        <translation>中性或已跳过</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Models::ItemTableModel</name>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Failing (%1 of %2)</source>
        <translation>失败（%1/%2）</translation>
    </message>
    <message>
        <source>Pending (%1 of %2)</source>
        <translation>进行中（%1/%2）</translation>
    </message>
    <message>
        <source>Passing (%1 of %2)</source>
        <translation>通过（%1/%2）</translation>
    </message>
    <message>
        <source>Neutral (%1)</source>
        <translation>中性（%1）</translation>
    </message>
    <message>
        <source>Unknown state (%1)</source>
        <translation>未知状态（%1）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Models::NotesDraftStore</name>
    <message>
        <source>Cannot read the draft %1: %2</source>
        <translation>无法读取草稿 %1：%2</translation>
    </message>
    <message>
        <source>%1 (file: %2; it was left untouched)</source>
        <translation>%1（文件：%2；未做任何修改）</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check the disk and its permissions.</source>
        <translation>无法创建文件夹 %1：请检查磁盘及其权限。</translation>
    </message>
    <message>
        <source>Cannot save the draft to %1: %2. Your text is still in the editor; free some disk space or choose another folder, then save again.</source>
        <translation>无法将草稿保存到 %1：%2。你的文本仍在编辑器中；请释放磁盘空间或选择其他文件夹，然后再次保存。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Models::NotesEntryModel</name>
    <message>
        <source>(no user-facing change)</source>
        <translation>（无面向用户的变更）</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Release note</source>
        <translation>发布说明</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 (cherry-pick %2)</source>
        <translation>%1（cherry-pick %2）</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Models::ReleaseSetupFlow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Models::SignInFlow</name>
    <message>
        <source>Paste a personal access token: on GitHub, Settings &gt; Developer settings &gt; Personal access tokens (classic with the repo scope, or fine-grained with read and write access to issues and pull requests).</source>
        <translation>请粘贴个人访问令牌：在 GitHub 的 Settings &gt; Developer settings &gt; Personal access tokens 中创建（经典令牌需 repo 权限范围，细粒度令牌需对 Issue 和 PR 的读写权限）。</translation>
    </message>
    <message>
        <source>A token is one word without spaces: check that the whole token, and only the token, was pasted.</source>
        <translation>令牌是不含空格的一个词：请确认粘贴的是完整的令牌，且只有令牌。</translation>
    </message>
    <message>
        <source>GitHub rejected this token: it is wrong, expired or revoked. Create a new token and paste it again.</source>
        <translation>GitHub 拒绝了该令牌：令牌错误、已过期或已被吊销。请创建新令牌后重新粘贴。</translation>
    </message>
    <message>
        <source>The token works, but an organisation enforces SAML single sign-on: authorise the token for it on GitHub, then sign in again.</source>
        <translation>令牌有效，但某个组织强制使用 SAML 单点登录：请在 GitHub 上为其授权此令牌，然后重新登录。</translation>
    </message>
    <message>
        <source>There is no GitHub API at %1. For GitHub Enterprise, enter the address you open in the browser, for example https://github.example.com.</source>
        <translation>%1 上没有 GitHub API。对于 GitHub Enterprise，请输入在浏览器中打开的地址，例如 https://github.example.com。</translation>
    </message>
    <message>
        <source>Cannot reach %1: check the address, the proxy and your connection. (%2)</source>
        <translation>无法连接 %1：请检查地址、代理和网络连接。（%2）</translation>
    </message>
    <message>
        <source>This classic token has the scopes %1 but neither repo nor public_repo: Release Desk can read public repositories but cannot write labels, milestones or comments back.</source>
        <translation>此经典令牌的权限范围为 %1，但既没有 repo 也没有 public_repo：Release Desk 可以读取公开仓库，但无法回写标签、里程碑或评论。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Models::SyncEngine</name>
    <message>
        <source>%1 is on %2, but this sync signs in to %3: add an account for %2.</source>
        <translation>%1 位于 %2，但本次同步登录的是 %3：请为 %2 添加账户。</translation>
    </message>
    <message>
        <source>%1 has no milestone in this release: pick its milestone in the release settings.</source>
        <translation>%1 在此发布中没有里程碑：请在发布设置中选择它的里程碑。</translation>
    </message>
    <message>
        <source>%1 has no milestone &quot;%2&quot;: pick one of its milestones in the release settings.</source>
        <translation>%1 中没有里程碑“%2”：请在发布设置中选择它的一个里程碑。</translation>
    </message>
    <message>
        <source>%1: milestone &quot;%2&quot; no longer exists; its cached items are kept.</source>
        <translation>%1：里程碑“%2”已不存在；其已缓存的条目会保留。</translation>
    </message>
    <message>
        <source>%1: not every label, CI context or event could be read (%2); the item is stored with what was read.</source>
        <translation>%1：部分标签、CI 检查或事件未能读取（%2）；该条目已按已读取的内容保存。</translation>
    </message>
    <message>
        <source>The range of %1 is read once the release is saved.</source>
        <translation>%1 的范围将在保存版本后读取。</translation>
    </message>
    <message>
        <source>%1 has no tag or branch &quot;%2&quot;: correct the release&apos;s range; the pull requests last read from it are kept.</source>
        <translation>%1 没有标签或分支“%2”：请修正版本的范围；上次从中读取的拉取请求会保留。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Models::TriageExecutor</name>
    <message>
        <source>%1: %2 has no milestone &quot;%3&quot;; nothing was changed.</source>
        <translation>%1：%2 中没有里程碑“%3”；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 was refused and rolled back: %2</source>
        <translation>%1 被拒绝并已回滚：%2</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::NoteType</name>
    <message>
        <source>Deprecation</source>
        <translation>弃用</translation>
    </message>
    <message>
        <source>API change</source>
        <translation>API 变更</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>新特性</translation>
    </message>
    <message>
        <source>Enhancement</source>
        <translation>优化</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Failing test</source>
        <translation>失败的测试</translation>
    </message>
    <message>
        <source>Bug fix</source>
        <translation>缺陷修复</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>清理</translation>
    </message>
    <message>
        <source>Flake</source>
        <translation>不稳定测试</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::NotesDraft</name>
    <message>
        <source>The draft is not valid JSON (%1).</source>
        <translation>草稿不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The draft has format %1; this version of Release Desk reads format %2. Update Release Desk to open it.</source>
        <translation>草稿格式为 %1；此版本的 Release Desk 只能读取格式 %2。请更新 Release Desk 后再打开。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::NotesExport</name>
    <message>
        <source>Cannot write the PDF to %1: check the folder exists and is writable.</source>
        <translation>无法将 PDF 写入 %1：请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::NotesReview</name>
    <message>
        <source>Review of the %1 release notes: %2</source>
        <translation>%1 发布说明审阅：%2</translation>
    </message>
    <message>
        <source>sections without a reviewer</source>
        <translation>没有审阅人的部分</translation>
    </message>
    <message>
        <source>Review of the %1 release notes</source>
        <translation>%1 发布说明审阅</translation>
    </message>
    <message>
        <source>*(excluded)*</source>
        <translation>*（已排除）*</translation>
    </message>
    <message>
        <source>%1 (reviewer: @%2)</source>
        <translation>%1（审阅人：@%2）</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column: it was not exported for review by Release Desk.</source>
        <translation>文件中没有“%1”列：它不是 Release Desk 为审阅导出的文件。</translation>
    </message>
    <message>
        <source>Row %1: no entry %2 in these notes (merged, split or no longer in the release).</source>
        <translation>第 %1 行：这些说明中没有条目 %2（已合并、已拆分或已不在此版本中）。</translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice; the first row counts.</source>
        <translation>第 %1 行：%2 出现了两次；以第一行为准。</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; in the %3 column is neither yes nor no.</source>
        <translation>第 %1 行：%3 列中的“%2”既不是是也不是否。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Not published to GitHub from this draft yet.</source>
        <translation>此草稿尚未发布到 GitHub。</translation>
    </message>
    <message>
        <source>Unchanged since the publication of %1.</source>
        <translation>自 %1 发布以来没有变化。</translation>
    </message>
    <message>
        <source>Since the publication of %1: %2, %3, %4.</source>
        <translation>自 %1 发布以来：%2，%3，%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>修改 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>移除 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::PublishedReleases</name>
    <message>
        <source>The releases of %1 were not read: %2</source>
        <translation>未能读取 %1 的发布：%2</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ReleaseDrafterConfig</name>
    <message>
        <source>must be a text, not a list or a map</source>
        <translation>必须是文本，而不是列表或映射</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>必须是文本列表</translation>
    </message>
    <message>
        <source>must be a map of options</source>
        <translation>必须是选项映射</translation>
    </message>
    <message>
        <source>must be a list of categories</source>
        <translation>必须是分类列表</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>必须是大于等于 0 的整数</translation>
    </message>
    <message>
        <source>not a category option of release-drafter: skipped</source>
        <translation>不是 release-drafter 的分类选项：已跳过</translation>
    </message>
    <message>
        <source>a category needs a title</source>
        <translation>分类需要标题</translation>
    </message>
    <message>
        <source>must be a list of search and replace</source>
        <translation>必须是 search 与 replace 的列表</translation>
    </message>
    <message>
        <source>needs a search text or /regular expression/</source>
        <translation>需要搜索文本或 /正则表达式/</translation>
    </message>
    <message>
        <source>needs a replace text (it may be empty)</source>
        <translation>需要替换文本（可以为空）</translation>
    </message>
    <message>
        <source>must be major, minor or patch</source>
        <translation>必须是 major、minor 或 patch</translation>
    </message>
    <message>
        <source>version-resolver takes major, minor, patch and default</source>
        <translation>version-resolver 只接受 major、minor、patch 和 default</translation>
    </message>
    <message>
        <source>inherits options from another file, which is not read here: copy them into this file</source>
        <translation>继承另一个文件的选项，此处不会读取该文件：请把这些选项复制到本文件中</translation>
    </message>
    <message>
        <source>labels pull requests on GitHub; the notes use the labels the pull requests have</source>
        <translation>在 GitHub 上为拉取请求加标签；说明使用拉取请求已有的标签</translation>
    </message>
    <message>
        <source>chooses the previous release by branch or range; the app uses the last published one</source>
        <translation>按分支或范围选择上一个发布；本应用使用最后发布的那个</translation>
    </message>
    <message>
        <source>concerns the workflow, not the text of the release: kept for export, not applied</source>
        <translation>涉及工作流而非发布文本：导出时保留，不会应用</translation>
    </message>
    <message>
        <source>Line %1: %2. This is not a YAML file release-drafter can read.</source>
        <translation>第 %1 行：%2。这不是 release-drafter 能读取的 YAML 文件。</translation>
    </message>
    <message>
        <source>The file is empty: a release-drafter.yml needs at least a &quot;template:&quot;.</source>
        <translation>文件为空：release-drafter.yml 至少需要一个“template:”。</translation>
    </message>
    <message>
        <source>Line %1: a release-drafter.yml is a map of options (&quot;key: value&quot; lines); this file starts with a list or a text.</source>
        <translation>第 %1 行：release-drafter.yml 是选项映射（“键: 值”行）；此文件以列表或文本开头。</translation>
    </message>
    <message>
        <source>is empty; release-drafter needs a template</source>
        <translation>为空；release-drafter 需要模板</translation>
    </message>
    <message>
        <source>needs the files each pull request changed, which are not synced: every pull request is listed as if this option were absent</source>
        <translation>需要每个拉取请求修改的文件，而这些文件不会同步：所有拉取请求都会按没有此选项的情况列出</translation>
    </message>
    <message>
        <source>must be merged_at or title</source>
        <translation>必须是 merged_at 或 title</translation>
    </message>
    <message>
        <source>must be ascending or descending</source>
        <translation>必须是 ascending 或 descending</translation>
    </message>
    <message>
        <source>not a release-drafter option: skipped, as release-drafter does</source>
        <translation>不是 release-drafter 的选项：已跳过，与 release-drafter 的做法相同</translation>
    </message>
    <message>
        <source>Line %1, %2: %3.</source>
        <translation>第 %1 行，%2：%3。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a release-drafter option, and neither is any other key of this file. Is it a release-drafter.yml?</source>
        <translation>第 %1 行：“%2”不是 release-drafter 的选项，此文件的其他键也都不是。这是 release-drafter.yml 吗？</translation>
    </message>
    <message>
        <source>No &quot;template:&quot; key: release-drafter needs one to write the release (for example &quot;template: $CHANGES&quot;).</source>
        <translation>没有“template:”键：release-drafter 需要它来撰写发布（例如“template: $CHANGES”）。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::BoardColumnWidget</name>
    <message>
        <source>Expand the column %1</source>
        <translation>展开列 %1</translation>
    </message>
    <message>
        <source>Collapse the column %1</source>
        <translation>折叠列 %1</translation>
    </message>
    <message>
        <source>&amp;Expand Column</source>
        <translation>展开列(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse Column</source>
        <translation>折叠列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hide Column</source>
        <translation>隐藏列(&amp;H)</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>已折叠</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>已展开</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::BoardPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation>看板列</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::BoardViewsMenu</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::CardDelegate</name>
    <message>
        <source>%1m</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1时</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>review required</source>
        <translation>待评审</translation>
    </message>
    <message>
        <source>BLOCKER</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <source>note vs release-note-none</source>
        <translation>有说明但标记 release-note-none</translation>
    </message>
    <message>
        <source>blocker without assignee</source>
        <translation>阻塞项无负责人</translation>
    </message>
    <message>
        <source>release note unanswered</source>
        <translation>发布说明未填写</translation>
    </message>
    <message>
        <source>%1 (%2 req)</source>
        <translation>%1（%2 个必需）</translation>
    </message>
    <message>
        <source>merged after freeze</source>
        <translation>冻结后合并</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::CherryPickPanel</name>
    <message>
        <source>&amp;Needs action only</source>
        <translation>仅显示需要处理的(&amp;N)</translation>
    </message>
    <message>
        <source>Request Cherry-Picks to &amp;Branches...</source>
        <translation>向分支请求 cherry-pick(&amp;B)...</translation>
    </message>
    <message>
        <source>Open &amp;Pull Request</source>
        <translation>打开拉取请求(&amp;P)</translation>
    </message>
    <message>
        <source>Cherry-picks</source>
        <translation>Cherry-pick</translation>
    </message>
    <message>
        <source>Filter fixes by title, repository or number</source>
        <translation>按标题、仓库或编号筛选修复</translation>
    </message>
    <message>
        <source>Filter fixes</source>
        <translation>筛选修复</translation>
    </message>
    <message>
        <source>Only fixes with a branch to act on: a pick nobody asked for, a conflict, an open pick whose CI fails</source>
        <translation>只显示有分支需要处理的修复：无人请求的 cherry-pick、冲突、CI 失败的打开中的 cherry-pick</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Cherry-pick matrix</source>
        <translation>Cherry-pick 矩阵</translation>
    </message>
    <message>
        <source>Post the bot&apos;s cherry-pick command on each selected fix, for each selected branch that still needs it (previewed first)</source>
        <translation>为每个仍需要的所选分支，在所选修复上发布机器人的 cherry-pick 命令（先预览）</translation>
    </message>
    <message>
        <source>Open the cell&apos;s cherry-pick pull request in the browser (also Return)</source>
        <translation>在浏览器中打开该单元格的 cherry-pick 拉取请求（也可按回车）</translation>
    </message>
    <message>
        <source>open PR %1</source>
        <translation>打开中的 PR %1</translation>
    </message>
    <message>
        <source>Working out which fixes each branch holds…</source>
        <translation>正在计算各分支包含哪些修复…</translation>
    </message>
    <message>
        <source>This release maintains no branch besides its main one. List the maintained branches (release-4.1, release-4.0 …) in File &gt; Edit Release to see which fixes each one holds.</source>
        <translation>该发布除主分支外没有维护的分支。请在“文件 &gt; 编辑发布”中列出维护的分支（release-4.1、release-4.0 …），以查看各分支包含哪些修复。</translation>
    </message>
    <message>
        <source>No fix merged on the main branch needs back-porting to %1.</source>
        <translation>主分支上合并的修复都不需要向后移植到 %1。</translation>
    </message>
    <message>
        <source>No fix matches the filter.</source>
        <translation>没有符合筛选条件的修复。</translation>
    </message>
    <message>
        <source>Fixes: %1 · Branches: %2 · %3</source>
        <translation>修复：%1 · 分支：%2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) needing action</source>
        <translation>
            <numerusform>%n 个单元格需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing needs action</source>
        <translation>没有需要处理的</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Select one or more cells under a branch first (Shift with the arrows).</source>
        <translation>请先选择分支下的一个或多个单元格（按住 Shift 并使用方向键）。</translation>
    </message>
    <message>
        <source>None of the selected cells needs a request: each is already requested, picked, merged or not needed.</source>
        <translation>所选单元格都不需要请求：它们已请求、已 cherry-pick、已合并或无需处理。</translation>
    </message>
    <message>
        <source>Nothing to open here yet: no pull request for this branch.</source>
        <translation>这里还没有可打开的内容：此分支没有拉取请求。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::CherryPickPolicyEditor</name>
    <message>
        <source>Cherry-picks merged since</source>
        <translation>自此日期起合并的修复</translation>
    </message>
    <message>
        <source>Maintained branches</source>
        <translation>维护分支</translation>
    </message>
    <message>
        <source>release-4.1, release-4.0, release-3.5</source>
        <translation>release-4.1, release-4.0, release-3.5</translation>
    </message>
    <message>
        <source>The branches that receive cherry-picks of fixes, newest first: one column each in the cherry-pick matrix. Empty: no matrix.</source>
        <translation>接收修复 cherry-pick 的分支，最新的在前：每个分支在 cherry-pick 矩阵中占一列。留空：没有矩阵。</translation>
    </message>
    <message>
        <source>Labels that need back-porting</source>
        <translation>需要回合的标签</translation>
    </message>
    <message>
        <source>A pull request merged into the main branch carrying any of these labels needs back-porting. A fix labelled do-not-cherry-pick (or do-not-cherry-pick/BRANCH) needs none.</source>
        <translation>合并到主分支且带有其中任一标签的拉取请求需要回合。带有 do-not-cherry-pick（或 do-not-cherry-pick/BRANCH）标签的修复不需要。</translation>
    </message>
    <message>
        <source>Cherry-pick command</source>
        <translation>Cherry-pick 命令</translation>
    </message>
    <message>
        <source>The comment that asks the bot for a cherry-pick; %1 is the branch.</source>
        <translation>请求机器人执行 cherry-pick 的评论；%1 为分支。</translation>
    </message>
    <message>
        <source>Maintained branches:</source>
        <translation>维护分支：</translation>
    </message>
    <message>
        <source>Back-port labels:</source>
        <translation>回合标签：</translation>
    </message>
    <message>
        <source>Bot command:</source>
        <translation>机器人命令：</translation>
    </message>
    <message>
        <source>Merged since:</source>
        <translation>合并起始日期：</translation>
    </message>
    <message>
        <source>Write the cherry-pick command as the bot reads it, starting with &quot;/&quot;, for example /cherrypick %1.</source>
        <translation>请按机器人读取的格式填写 cherry-pick 命令，以“/”开头，例如 /cherrypick %1。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::DemoBanner</name>
    <message>
        <source>Demo workspace: generated sample data shaped like a KubeSphere release. Nothing here comes from GitHub or changes it.</source>
        <translation>演示工作区：按 KubeSphere 发布生成的示例数据。这里的内容既不来自 GitHub，也不会修改 GitHub。</translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation>演示数据提示</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::DrafterConfigDialog</name>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>Unknown, skipped</source>
        <translation>未知，已跳过</translation>
    </message>
    <message>
        <source>release-drafter configuration: %1</source>
        <translation>release-drafter 配置：%1</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Options of the file</source>
        <translation>文件中的选项</translation>
    </message>
    <message>
        <source>release-drafter.yml</source>
        <translation>release-drafter.yml</translation>
    </message>
    <message>
        <source>Apply Edits</source>
        <translation>应用修改</translation>
    </message>
    <message>
        <source>Read the edited file again and show what it does</source>
        <translation>重新读取修改后的文件并显示其效果</translation>
    </message>
    <message>
        <source>Export release-drafter.yml…</source>
        <translation>导出 release-drafter.yml…</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>(edited in the app: every option is used)</source>
        <translation>（在应用中编辑：所有选项均已使用）</translation>
    </message>
    <message>
        <source>compared with the previous release %1</source>
        <translation>与上一个发布 %1 比较</translation>
    </message>
    <message>
        <source>no previous release found</source>
        <translation>未找到上一个发布</translation>
    </message>
    <message>
        <source>, a prerelease</source>
        <translation>，预发布</translation>
    </message>
    <message>
        <source>Export release-drafter.yml</source>
        <translation>导出 release-drafter.yml</translation>
    </message>
    <message>
        <source>release-drafter configuration (*.yml *.yaml)</source>
        <translation>release-drafter 配置 (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>The release would be named %1 with the tag %2 (version %3%4), %5.</source>
        <translation>发布将命名为 %1，标签为 %2（版本 %3%4），%5。</translation>
    </message>
    <message>
        <source>(none: name-template is empty)</source>
        <translation>（无：name-template 为空）</translation>
    </message>
    <message>
        <source>(none: tag-template is empty)</source>
        <translation>（无：tag-template 为空）</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::ItemDetailsPanel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>条目详情</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>条目描述</translation>
    </message>
    <message>
        <source>Refused to open %1: only web links (http, https) are opened.</source>
        <translation>拒绝打开 %1：只打开网页链接（http、https）。</translation>
    </message>
    <message>
        <source>Select a card to see its details.</source>
        <translation>选择一张卡片查看详情。</translation>
    </message>
    <message>
        <source>Pull request</source>
        <translation>Pull Request</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者 %1</translation>
    </message>
    <message>
        <source>milestone %1</source>
        <translation>里程碑 %1</translation>
    </message>
    <message>
        <source>Release blocker (by the release&apos;s blocker rule)</source>
        <translation>发布阻塞项（依据该发布的阻塞规则）</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Assignees:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>评审：</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>目标分支：</translation>
    </message>
    <message>
        <source>not in this release</source>
        <translation>不在此发布中</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <source>cherry-pick of %1</source>
        <translation>%1 的 cherry-pick</translation>
    </message>
    <message>
        <source>fixed by %1</source>
        <translation>由 %1 修复</translation>
    </message>
    <message>
        <source>cherry-picked in %1</source>
        <translation>已在 %1 中 cherry-pick</translation>
    </message>
    <message>
        <source>Linked:</source>
        <translation>关联：</translation>
    </message>
    <message>
        <source>CI:</source>
        <translation>CI：</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>informing</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>时间线：</translation>
    </message>
    <message>
        <source>Merge:</source>
        <translation>合并：</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::ItemTablePanel</name>
    <message>
        <source>Item filter</source>
        <translation>条目筛选</translation>
    </message>
    <message>
        <source>Release items</source>
        <translation>发布条目</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 / %2 个条目</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::MainWindow</name>
    <message>
        <source>%1 (demo) - Release Desk</source>
        <translation>%1（演示）- Release Desk</translation>
    </message>
    <message>
        <source>%1 - Release Desk</source>
        <translation>%1 - Release Desk</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Filter Items</source>
        <translation>筛选条目(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Release Desk</source>
        <translation>关于 Release Desk(&amp;A)</translation>
    </message>
    <message>
        <source>About Release Desk</source>
        <translation>关于 Release Desk</translation>
    </message>
    <message>
        <source>Release Desk %1
A desk for shipping multi-repository open-source releases.</source>
        <translation>Release Desk %1
用于交付多仓库开源发布的工作台。</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>取消同步(&amp;C)</translation>
    </message>
    <message>
        <source>No release</source>
        <translation>没有发布</translation>
    </message>
    <message>
        <source>Sign &amp;In to GitHub...</source>
        <translation>登录 GitHub(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;New Release...</source>
        <translation>新建发布(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Edit Release...</source>
        <translation>编辑发布(&amp;E)...</translation>
    </message>
    <message>
        <source>Sync &amp;Interval...</source>
        <translation>同步间隔(&amp;I)...</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>The release has no release branch to cherry-pick to: set it in File &gt; Edit Release.</source>
        <translation>该发布没有可 cherry-pick 的发布分支：请在 文件 &gt; 编辑发布 中设置。</translation>
    </message>
    <message>
        <source>Select one or more cards first (click, or Shift with the arrows).</source>
        <translation>请先选择一张或多张卡片（单击，或按住 Shift 使用方向键）。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) landed on GitHub.</source>
        <translation>
            <numerusform>%n 项更改已写入 GitHub。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes were refused</source>
        <translation>部分更改被拒绝</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>分类(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;Label...</source>
        <translation>添加标签(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Remove Label...</source>
        <translation>移除标签(&amp;R)...</translation>
    </message>
    <message>
        <source>Set &amp;Milestone...</source>
        <translation>设置里程碑(&amp;M)...</translation>
    </message>
    <message>
        <source>C&amp;lear Milestone</source>
        <translation>清除里程碑(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Assign...</source>
        <translation>分配(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Unassign...</source>
        <translation>取消分配(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Comment...</source>
        <translation>评论(&amp;C)...</translation>
    </message>
    <message>
        <source>Close or Re&amp;open</source>
        <translation>关闭或重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Request C&amp;herry-Pick</source>
        <translation>请求 cherry-pick(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Undo Last Triage</source>
        <translation>撤销上次分类(&amp;U)</translation>
    </message>
    <message>
        <source>Release Desk</source>
        <translation>Release Desk</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1（还有 %2 条）</translation>
    </message>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation>桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source>A new blocker, a blocker&apos;s fix merged, the release branch&apos;s required CI turning red</source>
        <translation>出现新的阻塞项、阻塞项的修复已合并、发布分支的必需 CI 变红时通知</translation>
    </message>
    <message>
        <source>Release &amp;Notes</source>
        <translation>发布说明(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>设置(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What</source>
        <translation>作用</translation>
    </message>
    <message numerus="yes">
        <source>Undone on GitHub: %n change(s) reverted.</source>
        <translation>
            <numerusform>已在 GitHub 上撤销：还原了 %n 项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo: %n change(s) reverted, %1 refused.</source>
        <translation>
            <numerusform>撤销：还原了 %n 项更改，%1 项被拒绝。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) landed, %1 refused and rolled back.</source>
        <translation>
            <numerusform>%n 项更改已生效，%1 项被拒绝并已回滚。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open blocker(s)</source>
        <translation>
            <numerusform>%n 个未关闭的阻塞项</numerusform>
        </translation>
    </message>
    <message>
        <source>no open blockers</source>
        <translation>没有未关闭的阻塞项</translation>
    </message>
    <message numerus="yes">
        <source>%n PR(s) failing CI</source>
        <translation>
            <numerusform>%n 个 PR 的 CI 失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) with warnings</source>
        <translation>
            <numerusform>%n 条说明有警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Details Pane</source>
        <translation>显示详情面板(&amp;D)</translation>
    </message>
    <message>
        <source>Release &amp;Signal</source>
        <translation>发布信号(&amp;S)</translation>
    </message>
    <message>
        <source>Board &amp;Columns</source>
        <translation>看板列(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ompact Cards</source>
        <translation>紧凑卡片(&amp;O)</translation>
    </message>
    <message>
        <source>Board &amp;Views</source>
        <translation>看板视图(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) needing action</source>
        <translation>
            <numerusform>%n 个单元格需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2: comment &quot;%3&quot;</source>
        <translation>%1 到 %2：评论“%3”</translation>
    </message>
    <message numerus="yes">
        <source>%n selected cell(s) already requested, picked, merged or not needed: left out.</source>
        <translation>
            <numerusform>%n 个所选单元格已请求、已 cherry-pick、已合并或无需处理：已略过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cherry-&amp;Picks</source>
        <translation>Cherry-pick(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::MetricsOverview</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>open blocker(s)</source>
        <translation>
            <numerusform>个未关闭的阻塞项</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No date of the release is ahead</source>
        <translation>发布没有尚未到来的日期</translation>
    </message>
    <message>
        <source>Set the feature freeze, code freeze and release dates in File &gt; Edit Release.</source>
        <translation>请在“文件 &gt; 编辑发布”中设置功能冻结、代码冻结和发布日期。</translation>
    </message>
    <message numerus="yes">
        <source>done: %1 of %n item(s)</source>
        <translation>
            <numerusform>已完成：%n 项中的 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>done: the release has no items yet</source>
        <translation>已完成：发布尚无条目</translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation>%1/天</translation>
    </message>
    <message>
        <source>burn needed to reach zero open on the release day; achieved over the last week: %1</source>
        <translation>发布日前清零所需的每日关闭数；过去一周实际：%1</translation>
    </message>
    <message>
        <source>Items closed per day: what the release day asks for, and what the team did in the last seven days</source>
        <translation>每天关闭的条目数：发布日所要求的，以及团队过去七天完成的</translation>
    </message>
    <message>
        <source>of merged PRs had their required checks green</source>
        <translation>已合并 PR 的必需检查在合并时为绿色</translation>
    </message>
    <message>
        <source>CI at merge: no merged PR with required checks yet</source>
        <translation>合并时的 CI：尚无带必需检查的已合并 PR</translation>
    </message>
    <message>
        <source>%1: click to open it with its numbers</source>
        <translation>%1：点击打开图表及其数据</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Open blockers</source>
        <translation>未关闭的阻塞项</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>下一个日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Burn rate</source>
        <translation>燃尽速度</translation>
    </message>
    <message>
        <source>CI green at merge</source>
        <translation>合并时 CI 通过</translation>
    </message>
    <message>
        <source>open blockers: the release has no items yet</source>
        <translation>未关闭的阻塞项：发布尚无条目</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::MetricsPanel</name>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or its numbers as CSV</source>
        <translation>将图表保存为 PNG 或 SVG，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>数据(&amp;N)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1: %2 items in scope, %3 open, %4 open blockers</source>
        <translation>%1：范围内 %2 个条目，%3 个未关闭，%4 个未解决的阻塞问题</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: check the folder exists and is writable.</source>
        <translation>无法写入 %1：请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;CSV numbers (*.csv)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Chart and numbers</source>
        <translation>图表与数据</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>The key numbers and every chart at a glance</source>
        <translation>关键数字与全部图表一览</translation>
    </message>
    <message>
        <source>The overview exports as a PNG picture; open a chart to save it as SVG or its numbers as CSV.</source>
        <translation>概览只能导出为 PNG 图片；打开某个图表后可将其保存为 SVG，或将其数据保存为 CSV。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesDocumentPane</name>
    <message>
        <source>You edited the Markdown directly: it no longer follows the entries, and changes in the table will not show here.</source>
        <translation>你直接编辑了 Markdown：它不再跟随条目，表格中的修改不会显示在这里。</translation>
    </message>
    <message>
        <source>Follow the Entries Again…</source>
        <translation>重新跟随条目…</translation>
    </message>
    <message>
        <source>Markdown and preview</source>
        <translation>Markdown 与预览</translation>
    </message>
    <message>
        <source>Release notes Markdown</source>
        <translation>发布说明 Markdown</translation>
    </message>
    <message>
        <source>Release notes preview</source>
        <translation>发布说明预览</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Follow the Entries Again</source>
        <translation>重新跟随条目</translation>
    </message>
    <message>
        <source>The Markdown will be generated from the entries again. Your direct edits are kept in Versions, so you can copy them back. Continue?</source>
        <translation>Markdown 将再次由条目生成。你的直接编辑会保存在“版本”中，可以复制回来。是否继续？</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesEntryActions</name>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move to Section…</source>
        <translation>移到章节…</translation>
    </message>
    <message>
        <source>Rename Section…</source>
        <translation>重命名章节…</translation>
    </message>
    <message>
        <source>Add Section…</source>
        <translation>添加章节…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Move Section Up</source>
        <translation>章节上移</translation>
    </message>
    <message>
        <source>Move Section Down</source>
        <translation>章节下移</translation>
    </message>
    <message>
        <source>Move to Section</source>
        <translation>移到章节</translation>
    </message>
    <message>
        <source>Section (type a new name to create one):</source>
        <translation>章节（输入新名称以创建）：</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>重命名章节</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>章节：</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>添加章节</translation>
    </message>
    <message>
        <source>Name of the new section:</source>
        <translation>新章节名称：</translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation>已知问题</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesExportDialog</name>
    <message>
        <source>Keep images from other websites</source>
        <translation>保留来自其他网站的图片</translation>
    </message>
    <message>
        <source>Export Release Notes</source>
        <translation>导出发布说明</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML 页面</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JSON for scripts and spreadsheets</source>
        <translation>供脚本和电子表格使用的 JSON</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>release-notes</source>
        <translation>发布说明</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Off: the page shows no image a PR author pointed to, so opening it contacts no other server. Links keep only web and mail addresses either way.</source>
        <translation>关闭时：页面不显示 PR 作者引用的任何图片，打开页面不会联系其他服务器。无论如何，链接只保留网页和邮件地址。</translation>
    </message>
    <message>
        <source>Exports keep links to web and mail addresses only, and show HTML from notes as text.</source>
        <translation>导出只保留指向网页和邮件地址的链接，并将说明中的 HTML 显示为文本。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesPanel</name>
    <message>
        <source>Cannot save the draft</source>
        <translation>无法保存草稿</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>草稿：</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>New Draft…</source>
        <translation>新建草稿…</translation>
    </message>
    <message>
        <source>Start another draft of these notes (for example a Chinese one)</source>
        <translation>为这些说明另起一份草稿（例如中文版）</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>版本…</translation>
    </message>
    <message>
        <source>Go back to an earlier saved version of this draft</source>
        <translation>回到此草稿之前保存的版本</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Import release-drafter.yml…</source>
        <translation>导入 release-drafter.yml…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save as Markdown, HTML, PDF or JSON (Ctrl+Shift+E)</source>
        <translation>另存为 Markdown、HTML、PDF 或 JSON（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>复制 Markdown</translation>
    </message>
    <message>
        <source>Publish Draft Release…</source>
        <translation>发布草稿版本…</translation>
    </message>
    <message>
        <source>Create or update a draft GitHub release with these notes; publishing stays on GitHub</source>
        <translation>用这些说明创建或更新 GitHub 草稿发布；正式发布仍在 GitHub 上操作</translation>
    </message>
    <message>
        <source>Filter entries: words in the note, section, PRs or authors</source>
        <translation>筛选条目：说明、章节、PR 或作者中的词</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>筛选条目</translation>
    </message>
    <message>
        <source>With &amp;warnings</source>
        <translation>有警告(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Unreviewed</source>
        <translation>未审阅(&amp;U)</translation>
    </message>
    <message>
        <source>Release-note entries</source>
        <translation>发布说明条目</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>New Draft</source>
        <translation>新建草稿</translation>
    </message>
    <message>
        <source>Name of the new draft of %1&apos;s notes:</source>
        <translation>%1 说明的新草稿名称：</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>草稿 %1</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>无法打开草稿</translation>
    </message>
    <message>
        <source>No earlier versions of this draft yet: versions are kept every minute while you edit.</source>
        <translation>此草稿还没有更早的版本：编辑时每分钟保留一个版本。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Restore this version (the current text is kept as a version too):</source>
        <translation>恢复此版本（当前文本也会保留为一个版本）：</translation>
    </message>
    <message>
        <source>Restored the version of %1.</source>
        <translation>已恢复 %1 的版本。</translation>
    </message>
    <message>
        <source>%1 release notes</source>
        <translation>%1 发布说明</translation>
    </message>
    <message>
        <source>Exported the notes to %1.</source>
        <translation>已将说明导出到 %1。</translation>
    </message>
    <message>
        <source>Copied the notes as Markdown.</source>
        <translation>已将说明复制为 Markdown。</translation>
    </message>
    <message>
        <source>The release has no repository to publish to: define the release first (File &gt; New Release).</source>
        <translation>该发布没有可发布的仓库：请先定义发布（文件 &gt; 新建发布）。</translation>
    </message>
    <message>
        <source>release-drafter.yml…</source>
        <translation>release-drafter.yml…</translation>
    </message>
    <message>
        <source>See which options of the release-drafter template are used, edit them and export the file</source>
        <translation>查看 release-drafter 模板使用了哪些选项，编辑它们并导出文件</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesPublishDialog</name>
    <message>
        <source>Publish Draft Release</source>
        <translation>发布草稿版本</translation>
    </message>
    <message>
        <source>the default branch</source>
        <translation>默认分支</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Tag &amp;from branch:</source>
        <translation>从分支创建标签(&amp;F)：</translation>
    </message>
    <message>
        <source>Release &amp;title:</source>
        <translation>发布标题(&amp;T)：</translation>
    </message>
    <message>
        <source>The release is created or updated as a draft. Nothing is announced until someone presses Publish on GitHub.</source>
        <translation>发布将以草稿形式创建或更新。在有人于 GitHub 上点击“发布”之前，不会对外公布任何内容。</translation>
    </message>
    <message>
        <source>Save Draft on GitHub</source>
        <translation>在 GitHub 上保存草稿</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesReviewBar</name>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Reviewers…</source>
        <translation>审阅人…</translation>
    </message>
    <message>
        <source>Choose who reviews each section</source>
        <translation>选择每个部分的审阅人</translation>
    </message>
    <message>
        <source>Export for Review…</source>
        <translation>导出以供审阅…</translation>
    </message>
    <message>
        <source>Write the notes as spreadsheets (CSV) or Markdown checklists for the reviewers</source>
        <translation>将说明写成电子表格（CSV）或 Markdown 清单交给审阅人</translation>
    </message>
    <message>
        <source>Import Review…</source>
        <translation>导入审阅…</translation>
    </message>
    <message>
        <source>Read a reviewed CSV back, see every change and apply those you accept</source>
        <translation>读回审阅后的 CSV，查看每处更改并应用你接受的更改</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undid: %1.</source>
        <translation>已撤销：%1。</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>审阅进度</translation>
    </message>
    <message>
        <source>@%1 %2/%3</source>
        <translation>@%1 %2/%3</translation>
    </message>
    <message>
        <source>no reviewer %1/%2</source>
        <translation>无审阅人 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reviewed</source>
        <translation>
            <numerusform>已审阅 %1/%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) for review to %1.</source>
        <translation>
            <numerusform>已将 %n 个审阅文件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Review</source>
        <translation>导入审阅</translation>
    </message>
    <message>
        <source>Review spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>审阅表格 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s) from %1.</source>
        <translation>
            <numerusform>已应用来自 %1 的 %n 处更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last publication</source>
        <translation>自上次发布以来</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesReviewExportDialog</name>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>供电子表格使用的 CSV</translation>
    </message>
    <message>
        <source>Markdown checklist</source>
        <translation>Markdown 清单</translation>
    </message>
    <message>
        <source>One file per reviewer</source>
        <translation>每位审阅人一个文件</translation>
    </message>
    <message>
        <source>One file for everyone</source>
        <translation>所有人一个文件</translation>
    </message>
    <message>
        <source>Export for Review</source>
        <translation>导出以供审阅</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark, so spreadsheet programs show Chinese correctly</source>
        <translation>带字节顺序标记的 UTF-8，电子表格程序可正确显示中文</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesReviewImportDialog</name>
    <message>
        <source>Import Review</source>
        <translation>导入审阅</translation>
    </message>
    <message>
        <source>%1 changes nothing in these notes.</source>
        <translation>%1 未改变这些说明中的任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1 makes %n change(s). Uncheck those you do not want, then apply.</source>
        <translation>
            <numerusform>%1 包含 %n 处更改。取消勾选你不需要的更改，然后应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
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
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>Apply Checked Changes</source>
        <translation>应用勾选的更改</translation>
    </message>
    <message>
        <source>Uncheck All</source>
        <translation>全部取消勾选</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesReviewersDialog</name>
    <message>
        <source>Reviewers</source>
        <translation>审阅人</translation>
    </message>
    <message>
        <source>Who reviews each section&apos;s notes. Export for review writes their files; their progress shows in the composer.</source>
        <translation>谁审阅每个部分的说明。“导出以供审阅”会为他们写出文件；他们的进度显示在编写器中。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审阅人</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Reviewer of %1</source>
        <translation>%1 的审阅人</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1/%n</numerusform>
        </translation>
    </message>
    <message>
        <source>reviewer assignment</source>
        <translation>审阅人分配</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesSourceCompare</name>
    <message>
        <source>The PR&apos;s note when the entry was edited</source>
        <translation>编辑条目时 PR 的说明</translation>
    </message>
    <message>
        <source>The PR&apos;s note now</source>
        <translation>PR 现在的说明</translation>
    </message>
    <message>
        <source>The PR&apos;s note changed after this entry was edited. Compare and choose:</source>
        <translation>此条目编辑后 PR 的说明发生了变化。请比较并选择：</translation>
    </message>
    <message>
        <source>When you edited it</source>
        <translation>你编辑时</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Use the PR&apos;s New Note</source>
        <translation>使用 PR 的新说明</translation>
    </message>
    <message>
        <source>Keep My Text</source>
        <translation>保留我的文本</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesTemplateActions</name>
    <message>
        <source>Import release-drafter.yml</source>
        <translation>导入 release-drafter.yml</translation>
    </message>
    <message>
        <source>release-drafter configuration (*.yml *.yaml);;All files (*)</source>
        <translation>release-drafter 配置 (*.yml *.yaml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>无法导入文件</translation>
    </message>
    <message>
        <source>release-drafter (%1)</source>
        <translation>release-drafter（%1）</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Imported %1 as a template.</source>
        <translation>已将 %1 导入为模板。</translation>
    </message>
    <message>
        <source>Pick a release-drafter template first (or import a release-drafter.yml).</source>
        <translation>请先选择一个 release-drafter 模板（或导入 release-drafter.yml）。</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1（已编辑）</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::OptionalDateEdit</name>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>已设置%1</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::PlacesBar</name>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>发布说明</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>发布(&amp;R)：</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>The release shown in every view; the workspace keeps all of them</source>
        <translation>所有视图显示的发布；工作区保存全部发布</translation>
    </message>
    <message>
        <source>Release signal</source>
        <translation>发布信号</translation>
    </message>
    <message>
        <source>No release</source>
        <translation>没有发布</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing repository %1 of %2…</source>
        <translation>正在同步第 %1 个仓库（共 %2 个）…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>%1同步</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Cherry-picks</source>
        <translation>Cherry-pick</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::PresetList</name>
    <message>
        <source>Built-in presets</source>
        <translation>内置预设</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>(every card left)</source>
        <translation>（其余所有卡片）</translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation>看板列</translation>
    </message>
    <message>
        <source>Board views</source>
        <translation>看板视图</translation>
    </message>
    <message>
        <source>(every item)</source>
        <translation>（所有条目）</translation>
    </message>
    <message>
        <source>Blocker rules</source>
        <translation>阻塞规则</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>发布日程</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n day(s) before</source>
        <translation>
            <numerusform>%1 提前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes templates</source>
        <translation>说明模板</translation>
    </message>
    <message>
        <source>Area maps</source>
        <translation>领域映射</translation>
    </message>
    <message numerus="yes">
        <source>%n area rule(s); other entries in %1</source>
        <translation>
            <numerusform>%n 条领域规则；其他条目归入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::QueryBar</name>
    <message>
        <source>Filter: is:pr is:open label:kind/bug -label:lgtm assignee:alice ci:failing, or words</source>
        <translation>筛选：is:pr is:open label:kind/bug -label:lgtm assignee:alice ci:failing，或关键词</translation>
    </message>
    <message>
        <source>Board query</source>
        <translation>看板查询</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>保存的视图</translation>
    </message>
    <message>
        <source>Save View...</source>
        <translation>保存视图...</translation>
    </message>
    <message>
        <source>Save the query as a view</source>
        <translation>将查询保存为视图</translation>
    </message>
    <message>
        <source>Type a query first, then save it as a view.</source>
        <translation>请先输入查询，再将其保存为视图。</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::ReadinessBar</name>
    <message>
        <source>Show open blockers</source>
        <translation>显示未关闭的阻塞项</translation>
    </message>
    <message>
        <source>Release readiness</source>
        <translation>发布就绪状态</translation>
    </message>
    <message numerus="yes">
        <source>%n open blocker(s)</source>
        <translation>
            <numerusform>%n 个未关闭的阻塞项</numerusform>
        </translation>
    </message>
    <message>
        <source>Reasons for the verdict</source>
        <translation>结论的依据</translation>
    </message>
    <message>
        <source>Release phase</source>
        <translation>发布阶段</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2：%3</translation>
    </message>
    <message>
        <source>Release Si&amp;gnal</source>
        <translation>发布信号(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::ReleaseDialog</name>
    <message>
        <source>Feature freeze</source>
        <translation>功能冻结</translation>
    </message>
    <message>
        <source>Code freeze</source>
        <translation>代码冻结</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>New Release</source>
        <translation>新建发布</translation>
    </message>
    <message>
        <source>Edit Release %1</source>
        <translation>编辑发布 %1</translation>
    </message>
    <message>
        <source>v4.1.3</source>
        <translation>v4.1.3</translation>
    </message>
    <message>
        <source>Release name</source>
        <translation>发布名称</translation>
    </message>
    <message>
        <source>owner/name, then Enter</source>
        <translation>owner/name，然后按回车</translation>
    </message>
    <message>
        <source>Repository to add</source>
        <translation>要添加的仓库</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Repositories and milestones</source>
        <translation>仓库与里程碑</translation>
    </message>
    <message>
        <source>Release branch</source>
        <translation>发布分支</translation>
    </message>
    <message>
        <source>Main branch</source>
        <translation>主分支</translation>
    </message>
    <message>
        <source>Blocker rule</source>
        <translation>阻塞规则</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;positories:</source>
        <translation>仓库(&amp;P)：</translation>
    </message>
    <message>
        <source>Release &amp;branch:</source>
        <translation>发布分支(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Main branch:</source>
        <translation>主分支(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Feature freeze:</source>
        <translation>功能冻结(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Code freeze:</source>
        <translation>代码冻结(&amp;C)：</translation>
    </message>
    <message>
        <source>Release &amp;date:</source>
        <translation>发布日期(&amp;D)：</translation>
    </message>
    <message>
        <source>B&amp;locker rule:</source>
        <translation>阻塞规则(&amp;L)：</translation>
    </message>
    <message>
        <source>Enter a repository as owner/name, for example kubesphere/console.</source>
        <translation>请以 owner/name 的形式输入仓库，例如 kubesphere/console。</translation>
    </message>
    <message>
        <source>%1 is already in the release.</source>
        <translation>%1 已在此发布中。</translation>
    </message>
    <message>
        <source>Milestone of %1</source>
        <translation>%1 的里程碑</translation>
    </message>
    <message>
        <source>loading milestones...</source>
        <translation>正在加载里程碑...</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1（已关闭）</translation>
    </message>
    <message>
        <source>no milestones</source>
        <translation>没有里程碑</translation>
    </message>
    <message>
        <source>Give the release a name, for example v4.1.3.</source>
        <translation>请为发布命名，例如 v4.1.3。</translation>
    </message>
    <message>
        <source>Add at least one repository.</source>
        <translation>请至少添加一个仓库。</translation>
    </message>
    <message>
        <source>Range (optional)</source>
        <translation>范围（可选）</translation>
    </message>
    <message>
        <source>Merged pull requests of the commits between two tags or branches also belong to the release, for its notes: for example v4.1.2..release-4.1.</source>
        <translation>两个标签或分支之间的提交所对应的已合并拉取请求也属于此版本，用于发布说明：例如 v4.1.2..release-4.1。</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>%1 的范围</translation>
    </message>
    <message>
        <source>from-tag..to-branch</source>
        <translation>起始标签..目标分支</translation>
    </message>
    <message>
        <source>Write the range of %1 as FROM..TO, two tags or branches, for example v4.1.2..release-4.1.</source>
        <translation>请将 %1 的范围写成 FROM..TO（两个标签或分支），例如 v4.1.2..release-4.1。</translation>
    </message>
    <message>
        <source>Pick a milestone for %1, or give it a range.</source>
        <translation>请为 %1 选择里程碑，或为其指定范围。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Data is stale after</source>
        <translation>数据过期时限</translation>
    </message>
    <message>
        <source>Older data (since a repository&apos;s last successful sync) makes the go/no-go light Unknown.</source>
        <translation>比这更旧的数据（自仓库上次成功同步起）会使发布信号灯变为“未知”。</translation>
    </message>
    <message>
        <source>pull-kubesphere-unit-test, build</source>
        <translation>pull-kubesphere-unit-test, build</translation>
    </message>
    <message>
        <source>Required CI contexts</source>
        <translation>必需的 CI 检查</translation>
    </message>
    <message>
        <source>Blocking contexts beside those the branch protection requires; needed where the token cannot read the protection rule.</source>
        <translation>除分支保护要求的检查外的阻塞性检查；在令牌无法读取保护规则时需要填写。</translation>
    </message>
    <message>
        <source>Stal&amp;e after:</source>
        <translation>过期时限(&amp;E)：</translation>
    </message>
    <message>
        <source>Required CI con&amp;texts:</source>
        <translation>必需的 CI 检查(&amp;T)：</translation>
    </message>
    <message>
        <source>Blocker rule preset</source>
        <translation>阻塞规则预设</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Which items are release blockers, in the query bar&apos;s syntax.</source>
        <translation>哪些条目是发布阻塞项，使用查询栏的语法。</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>应用(&amp;Y)</translation>
    </message>
    <message>
        <source>Add P&amp;hase</source>
        <translation>添加阶段(&amp;H)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>名称（可选）</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Further phases</source>
        <translation>其他阶段</translation>
    </message>
    <message>
        <source>Schedule preset</source>
        <translation>日程预设</translation>
    </message>
    <message>
        <source>Sets the freezes and phases of the preset, counted back from the release date.</source>
        <translation>按预设从发布日期倒推，设置各冻结日期与阶段。</translation>
    </message>
    <message>
        <source>Exception label</source>
        <translation>例外标签</translation>
    </message>
    <message>
        <source>freeze-exception</source>
        <translation>freeze-exception</translation>
    </message>
    <message>
        <source>The label that asks for an exception to the freeze; LABEL-approved and LABEL-rejected answer it. Empty: exceptions are not tracked.</source>
        <translation>申请冻结例外所用的标签；LABEL-approved 与 LABEL-rejected 表示批准或拒绝。留空则不跟踪例外。</translation>
    </message>
    <message>
        <source>Remove Phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Sched&amp;ule:</source>
        <translation>日程(&amp;U)：</translation>
    </message>
    <message>
        <source>E&amp;xception label:</source>
        <translation>例外标签(&amp;X)：</translation>
    </message>
    <message>
        <source>Kind of phase %1</source>
        <translation>阶段 %1 的类型</translation>
    </message>
    <message>
        <source>Name of phase %1</source>
        <translation>阶段 %1 的名称</translation>
    </message>
    <message>
        <source>Start of phase %1</source>
        <translation>阶段 %1 的开始日期</translation>
    </message>
    <message>
        <source>Set the release date first: the preset counts its phases back from it.</source>
        <translation>请先设置发布日期：预设会从该日期倒推各阶段。</translation>
    </message>
    <message>
        <source>%1 applied: check the dates against the published schedule.</source>
        <translation>已应用%1：请对照公布的日程核对日期。</translation>
    </message>
    <message>
        <source>Name phase %1, or pick its kind.</source>
        <translation>请为阶段 %1 命名，或选择其类型。</translation>
    </message>
    <message>
        <source>Cherry-picks:</source>
        <translation>Cherry-pick：</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::ReleaseSignalPanel</name>
    <message>
        <source>&amp;File Issue...</source>
        <translation>提交 Issue(&amp;F)...</translation>
    </message>
    <message>
        <source>Release signal</source>
        <translation>发布信号</translation>
    </message>
    <message>
        <source>CI-signal report</source>
        <translation>CI 信号报告</translation>
    </message>
    <message>
        <source>Failures and flakes without a tracking issue</source>
        <translation>没有跟踪 Issue 的失败与不稳定项</translation>
    </message>
    <message>
        <source>&amp;Untracked failures and flakes:</source>
        <translation>未跟踪的失败与不稳定项(&amp;U)：</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (%4)</source>
        <translation>%1：%3 上的 %2（%4）</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the report as Markdown, ready to paste into a channel or an issue; the next report says what changed since this one.</source>
        <translation>以 Markdown 复制报告，可直接粘贴到频道或 Issue 中；下一份报告将说明此后的变化。</translation>
    </message>
    <message>
        <source>The CI-signal report, as it will be pasted:</source>
        <translation>CI 信号报告（即将粘贴的内容）：</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Team File</source>
        <translation>团队文件(&amp;T)</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>同步间隔（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications for new blockers, merged fixes and red CI</source>
        <translation>新阻塞项、修复合并和 CI 失败时发送桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source>A new language applies the next time Release Desk starts.</source>
        <translation>新的语言将在下次启动 Release Desk 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>同步间隔(&amp;S)：</translation>
    </message>
    <message>
        <source>Signed-in GitHub hosts</source>
        <translation>已登录的 GitHub 主机</translation>
    </message>
    <message>
        <source>&amp;Sign In...</source>
        <translation>登录(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Forgets the host and deletes its token from the system keychain.</source>
        <translation>忘记该主机并从系统钥匙串中删除其令牌。</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain only, never in the settings file.</source>
        <translation>令牌只保存在系统钥匙串中，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation>看板列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Rule (query)</source>
        <translation>规则（查询）</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>A card goes to the first column (in the board&apos;s precedence) whose rule matches; an empty rule takes every card left. Rules use the query bar&apos;s syntax.</source>
        <translation>卡片会进入（按看板优先级）第一个规则匹配的列；空规则接收其余所有卡片。规则使用查询栏的语法。</translation>
    </message>
    <message>
        <source>A team file holds the workspace&apos;s releases (repositories, milestones, ranges, branches, dates, blocker rules), notes templates, board columns and saved views, so a release team can share one definition. It never holds a token or cached items. Importing adds or replaces releases by name.</source>
        <translation>团队文件包含工作区的版本（仓库、里程碑、范围、分支、日期、阻塞规则）、发布说明模板、看板列和已保存视图，便于发布团队共享同一份定义。它绝不包含令牌或缓存的条目。导入时按名称添加或替换版本。</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <source>Release Desk team files (*.json)</source>
        <translation>Release Desk 团队文件 (*.json)</translation>
    </message>
    <message>
        <source>Export Team File</source>
        <translation>导出团队文件</translation>
    </message>
    <message>
        <source>Import Team File</source>
        <translation>导入团队文件</translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation>%1（以 %2 登录）</translation>
    </message>
    <message>
        <source>No GitHub host yet: the demo workspace is open.</source>
        <translation>尚未连接 GitHub 主机：当前打开的是演示工作区。</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>版本(&amp;R)</translation>
    </message>
    <message>
        <source>Blocker rule presets</source>
        <translation>阻塞规则预设</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Blocker rule presets (offered by the release dialog, where each release&apos;s rule is edited):</source>
        <translation>阻塞规则预设（在版本对话框中提供，每个版本的规则在那里编辑）：</translation>
    </message>
    <message>
        <source>Releases of this workspace</source>
        <translation>此工作区的版本</translation>
    </message>
    <message>
        <source>&amp;New Release...</source>
        <translation>新建版本(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <source>Edits the release; once saved, it is the release the window shows.</source>
        <translation>编辑该版本；保存后，窗口将显示此版本。</translation>
    </message>
    <message>
        <source>The team&apos;s notes templates</source>
        <translation>团队的发布说明模板</translation>
    </message>
    <message>
        <source>Remove &amp;Template</source>
        <translation>移除模板(&amp;T)</translation>
    </message>
    <message>
        <source>Templates come from the composer (Import release-drafter.yml...) or from a team file.</source>
        <translation>模板来自发布说明编辑器（导入 release-drafter.yml...）或团队文件。</translation>
    </message>
    <message>
        <source>Releases:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Notes templates:</source>
        <translation>发布说明模板：</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1（已打开）</translation>
    </message>
    <message>
        <source>Only the built-in templates so far.</source>
        <translation>目前只有内置模板。</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <source>What Release Desk starts from, read from its preset files: the board&apos;s columns and views, blocker rules and schedules for the release dialog, notes templates and area maps for the composer.</source>
        <translation>Release Desk 的起点，读取自其预设文件：看板的列和视图、发布对话框的阻塞规则和日程、编写器的说明模板和领域映射。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::ShortcutTable</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Focus the query bar</source>
        <translation>聚焦查询栏</translation>
    </message>
    <message>
        <source>Left, Right, H, L</source>
        <translation>左、右、H、L</translation>
    </message>
    <message>
        <source>Move between board columns</source>
        <translation>在看板列之间移动</translation>
    </message>
    <message>
        <source>Up, Down, J, K</source>
        <translation>上、下、J、K</translation>
    </message>
    <message>
        <source>Move between cards</source>
        <translation>在卡片之间移动</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down, Shift+Left, Shift+Right, Ctrl+Click</source>
        <translation>Shift+上、Shift+下、Shift+左、Shift+右、Ctrl+单击</translation>
    </message>
    <message>
        <source>Select several cards, also across columns</source>
        <translation>选择多张卡片，也可跨列</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Open the card&apos;s details</source>
        <translation>打开卡片详情</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Release notes: edit the selected entry</source>
        <translation>发布说明：编辑所选条目</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>发布说明</translation>
    </message>
    <message>
        <source>Shift+Arrows</source>
        <translation>Shift+方向键</translation>
    </message>
    <message>
        <source>Cherry-picks: select several cells</source>
        <translation>Cherry-pick：选择多个单元格</translation>
    </message>
    <message>
        <source>Cherry-picks: open the cell&apos;s pull request</source>
        <translation>Cherry-pick：打开该单元格的拉取请求</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::SignInDialog</name>
    <message>
        <source>Authorise on GitHub</source>
        <translation>在 GitHub 上授权</translation>
    </message>
    <message>
        <source>Sign In to GitHub</source>
        <translation>登录 GitHub</translation>
    </message>
    <message>
        <source>GitHub host</source>
        <translation>GitHub 主机</translation>
    </message>
    <message>
        <source>github.com or https://github.example.com</source>
        <translation>github.com 或 https://github.example.com</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>个人访问令牌</translation>
    </message>
    <message>
        <source>ghp_... or github_pat_...</source>
        <translation>ghp_... 或 github_pat_...</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Release Desk reads issues, pull requests and CI, and writes labels, milestones, assignees and comments with a personal access token: a classic token with the repo scope (public_repo for public repositories only), or a fine-grained token with read and write access to issues and pull requests. The token is kept in the system keychain only.</source>
        <translation>Release Desk 使用个人访问令牌读取 Issue、PR 和 CI，并写入标签、里程碑、负责人和评论：可使用带 repo 权限范围的经典令牌（仅公开仓库时可用 public_repo），或对 Issue 和 PR 有读写权限的细粒度令牌。令牌只保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Checking the token with %1...</source>
        <translation>正在向 %1 验证令牌...</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>已以 %2 身份登录 %1。</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>GitHub API budget</source>
        <translation>GitHub API 额度</translation>
    </message>
    <message>
        <source>API: %1 of %2 left, resets at %3</source>
        <translation>API：剩余 %1 / %2，%3 重置</translation>
    </message>
    <message>
        <source>Syncing %1 (%2 of %3): %4 pages, %5 items</source>
        <translation>正在同步 %1（%2/%3）：%4 页，%5 个条目</translation>
    </message>
    <message>
        <source>Waiting for GitHub&apos;s rate limit: %1:%2</source>
        <translation>等待 GitHub 速率限制：%1:%2</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Sync cancelled at %1; the next one resumes there.</source>
        <translation>同步已于 %1 取消；下次同步将从此处继续。</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>上次同步于 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1 with %n warning(s) (first: %2)</source>
        <translation>
            <numerusform>已于 %1 同步，有 %n 条警告（第一条：%2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n item(s) updated</source>
        <translation>
            <numerusform>已于 %1 同步：更新了 %n 个条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::TriagePrompt</name>
    <message>
        <source>Add Label</source>
        <translation>添加标签</translation>
    </message>
    <message numerus="yes">
        <source>Label to add to %n card(s):</source>
        <translation>
            <numerusform>要添加到 %n 张卡片的标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>移除标签</translation>
    </message>
    <message numerus="yes">
        <source>Label to remove from %n card(s):</source>
        <translation>
            <numerusform>要从 %n 张卡片移除的标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Milestone</source>
        <translation>设置里程碑</translation>
    </message>
    <message numerus="yes">
        <source>Milestone for %n card(s) (matched per repository):</source>
        <translation>
            <numerusform>%n 张卡片的里程碑（按仓库匹配）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message numerus="yes">
        <source>Login to assign to %n card(s):</source>
        <translation>
            <numerusform>要指派给 %n 张卡片的用户：</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>取消指派</translation>
    </message>
    <message numerus="yes">
        <source>Login to unassign from %n card(s):</source>
        <translation>
            <numerusform>要从 %n 张卡片取消指派的用户：</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message numerus="yes">
        <source>Comment on %n card(s):</source>
        <translation>
            <numerusform>对 %n 张卡片发表评论：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the selected cards already look like that.</source>
        <translation>无需更改：所选卡片已经是这样。</translation>
    </message>
    <message>
        <source>Send to GitHub?</source>
        <translation>发送到 GitHub？</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be sent to GitHub:</source>
        <translation>
            <numerusform>将向 GitHub 发送 %n 项更改：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
... and %n more</source>
        <translation>
            <numerusform>
……以及另外 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::WelcomeDialog</name>
    <message>
        <source>&amp;Don&apos;t show this at start-up</source>
        <translation>启动时不再显示(&amp;D)</translation>
    </message>
    <message>
        <source>Welcome to Release Desk</source>
        <translation>欢迎使用 Release Desk</translation>
    </message>
    <message>
        <source>&amp;Explore the Demo</source>
        <translation>浏览演示(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Connect GitHub...</source>
        <translation>连接 GitHub(&amp;C)...</translation>
    </message>
    <message>
        <source>Define a &amp;Release...</source>
        <translation>定义版本(&amp;R)...</translation>
    </message>
    <message>
        <source>To work on your own release, connect a GitHub host (github.com or GitHub Enterprise) with a personal access token, then define the release: its repositories, milestones, branches and dates.</source>
        <translation>要处理您自己的版本，请用个人访问令牌连接 GitHub 主机（github.com 或 GitHub Enterprise），然后定义版本：它的仓库、里程碑、分支和日期。</translation>
    </message>
    <message>
        <source>The window behind this page shows a demo release: a blocker board across three repositories, its metrics and a draft of its release notes. Everything works on it, nothing reaches GitHub.</source>
        <translation>本页后面的窗口显示一个演示版本：跨三个仓库的阻塞看板、它的度量和发布说明草稿。所有功能都可使用，但不会发送到 GitHub。</translation>
    </message>
    <message>
        <source>This workspace holds no release yet.</source>
        <translation>此工作区还没有版本。</translation>
    </message>
    <message>
        <source>The window behind this page shows your release: its blocker board, its metrics and the draft of its notes. Changes you make there are sent to GitHub after a preview.</source>
        <translation>本页后面的窗口显示您的版本：它的阻塞看板、度量和发布说明草稿。您在那里所做的更改会在预览后发送到 GitHub。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::YamlReader</name>
    <message>
        <source>this line is not indented like the lines before it</source>
        <translation>这一行的缩进与之前的行不一致</translation>
    </message>
    <message>
        <source>this line is indented more than the keys before it</source>
        <translation>这一行的缩进比之前的键更深</translation>
    </message>
    <message>
        <source>a list item where a &quot;key: value&quot; line was expected</source>
        <translation>此处应为“键: 值”行，却是一个列表项</translation>
    </message>
    <message>
        <source>a &quot;key: value&quot; line was expected</source>
        <translation>此处应为“键: 值”行</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>键“%1”出现了两次</translation>
    </message>
    <message>
        <source>this line is indented more than the list items before it</source>
        <translation>这一行的缩进比之前的列表项更深</translation>
    </message>
    <message>
        <source>anchors, aliases and tags (&amp;, *, !) are not supported</source>
        <translation>不支持锚点、别名和标签（&amp;、*、!）</translation>
    </message>
    <message>
        <source>unexpected characters after | or &gt;</source>
        <translation>| 或 &gt; 后有意外的字符</translation>
    </message>
    <message>
        <source>this line of the text block is indented less than its first line</source>
        <translation>文本块的这一行缩进比它的第一行更浅</translation>
    </message>
    <message>
        <source>a quoted text is not closed</source>
        <translation>带引号的文本没有闭合</translation>
    </message>
    <message>
        <source>unexpected text after a quoted text</source>
        <translation>带引号的文本后有意外的内容</translation>
    </message>
    <message>
        <source>an unknown escape sequence in a double-quoted text</source>
        <translation>双引号文本中有未知的转义序列</translation>
    </message>
    <message>
        <source>unexpected text after a [list] or {map}</source>
        <translation>[列表] 或 {映射} 后有意外的内容</translation>
    </message>
    <message>
        <source>a [list] or {map} is not closed</source>
        <translation>[列表] 或 {映射} 没有闭合</translation>
    </message>
    <message>
        <source>a {map} entry needs &quot;key: value&quot;</source>
        <translation>{映射} 的条目需要“键: 值”</translation>
    </message>
</context>
<context>
    <name>ReleaseReadiness</name>
    <message>
        <source>Go: no open blockers, release branch CI green</source>
        <translation>可以发布：没有未关闭的阻塞项，发布分支 CI 全绿</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>The CI history of %1 in %2 has not been read yet: sync the release.</source>
        <translation>%2 中 %1 的 CI 历史尚未读取：请同步该发布。</translation>
    </message>
    <message>
        <source>it failed and then passed on the same commit</source>
        <translation>它在同一提交上先失败后通过</translation>
    </message>
    <message numerus="yes">
        <source>its outcome flipped %n time(s) in the last %1 runs</source>
        <translation>
            <numerusform>在最近 %1 次运行中结果翻转了 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocking context %1 is flaky on %2: %3.</source>
        <translation>阻塞性检查 %1 在 %2 上不稳定：%3。</translation>
    </message>
    <message>
        <source>Informing context %1 is flaky on %2: %3.</source>
        <translation>参考性检查 %1 在 %2 上不稳定：%3。</translation>
    </message>
    <message numerus="yes">
        <source>Blocking context %1 has passed %n time(s) in a row on %2; %3 are needed to call it healthy.</source>
        <translation>
            <numerusform>阻塞性检查 %1 在 %2 上已连续通过 %n 次；需要连续 %3 次才算健康。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open blocker(s).</source>
        <translation>
            <numerusform>%n 个未关闭的阻塞项。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed to sync at %2: %3</source>
        <translation>%1 于 %2 同步失败：%3</translation>
    </message>
    <message>
        <source>%1 has never been synced completely.</source>
        <translation>%1 从未完整同步过。</translation>
    </message>
    <message>
        <source>The data of %1 is %2 old (last successful sync); the limit is %3.</source>
        <translation>%1 的数据已有 %2 之久（自上次成功同步）；上限为 %3。</translation>
    </message>
    <message>
        <source>No release branch is set for this release: its CI cannot be judged. Set one in the release&apos;s settings.</source>
        <translation>此发布未设置发布分支：无法判断其 CI。请在发布设置中指定。</translation>
    </message>
    <message>
        <source>The branch %1 of %2 has not been read yet: sync the release.</source>
        <translation>%2 的分支 %1 尚未读取：请同步该发布。</translation>
    </message>
    <message>
        <source>%1 has no branch %2 on GitHub (not cut yet?).</source>
        <translation>%1 在 GitHub 上没有分支 %2（尚未创建？）。</translation>
    </message>
    <message>
        <source>No required CI contexts are known for %1 of %2: the branch has no protection rule this token can read, and the release names none.</source>
        <translation>%2 的 %1 没有已知的必需 CI 检查：该分支没有此令牌可读取的保护规则，发布也未指定。</translation>
    </message>
    <message>
        <source>%1 is still running on %2.</source>
        <translation>%1 仍在 %2 上运行。</translation>
    </message>
    <message>
        <source>Required context %1 has not reported on the head of %2 in %3 (%4).</source>
        <translation>必需检查 %1 尚未在 %3 的 %2 最新提交（%4）上报告。</translation>
    </message>
    <message numerus="yes">
        <source>No open blockers; %n required context(s) green on %1.</source>
        <translation>
            <numerusform>没有未关闭的阻塞项；%1 上 %n 个必需检查全绿。</numerusform>
        </translation>
    </message>
    <message>
        <source>Caution: release branch CI still running or softened failures</source>
        <translation>注意：发布分支 CI 仍在运行或存在已放宽的失败</translation>
    </message>
    <message>
        <source>No-go: open blockers or failing CI</source>
        <translation>不可发布：存在未关闭的阻塞项或 CI 失败</translation>
    </message>
    <message>
        <source>Unknown: not enough evidence for a verdict</source>
        <translation>未知：证据不足，无法给出结论</translation>
    </message>
    <message>
        <source>Blocking context %1 failed on %2.</source>
        <translation>阻塞性检查 %1 在 %2 上失败。</translation>
    </message>
    <message>
        <source>Blocking context %1 reports a state this version cannot read (&quot;%2&quot;) on %3.</source>
        <translation>阻塞性检查 %1 在 %3 上报告了本版本无法识别的状态（“%2”）。</translation>
    </message>
    <message>
        <source>Informing context %1 failed on %2.</source>
        <translation>参考性检查 %1 在 %2 上失败。</translation>
    </message>
    <message>
        <source>Informing context %1 reports a state this version cannot read (&quot;%2&quot;) on %3.</source>
        <translation>参考性检查 %1 在 %3 上报告了本版本无法识别的状态（“%2”）。</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Enhancements freeze</source>
        <translation>增强冻结</translation>
    </message>
    <message>
        <source>Production readiness freeze</source>
        <translation>生产就绪评审冻结</translation>
    </message>
    <message>
        <source>Feature freeze</source>
        <translation>功能冻结</translation>
    </message>
    <message>
        <source>Code freeze</source>
        <translation>代码冻结</translation>
    </message>
    <message>
        <source>Test freeze</source>
        <translation>测试冻结</translation>
    </message>
    <message>
        <source>Docs freeze</source>
        <translation>文档冻结</translation>
    </message>
    <message>
        <source>Release candidate</source>
        <translation>候选版本</translation>
    </message>
    <message>
        <source>Release day</source>
        <translation>发布日</translation>
    </message>
    <message>
        <source>Other phase</source>
        <translation>其他阶段</translation>
    </message>
    <message>
        <source>No schedule: set the release&apos;s dates in Edit Release</source>
        <translation>没有日程：请在“编辑发布”中设置发布的日期</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已发布</translation>
    </message>
    <message numerus="yes">
        <source>Released %n day(s) ago</source>
        <translation>
            <numerusform>已于 %n 天前发布</numerusform>
        </translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发中</translation>
    </message>
    <message numerus="yes">
        <source>Code freeze in %n day(s)</source>
        <translation>
            <numerusform>%n 天后代码冻结</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day %n of code freeze</source>
        <translation>
            <numerusform>代码冻结第 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release in %n day(s)</source>
        <translation>
            <numerusform>%n 天后发布</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalCommand</name>
    <message>
        <source>Print a release&apos;s CI-signal report.</source>
        <translation>打印发布的 CI 信号报告。</translation>
    </message>
    <message>
        <source>The signal command.</source>
        <translation>信号命令。</translation>
    </message>
    <message>
        <source>md (default) or json.</source>
        <translation>md（默认）或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Judge the data as of TIME (ISO 8601, UTC; default: now).</source>
        <translation>按 TIME 时刻评估数据（ISO 8601，UTC；默认：现在）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>--format must be md or json.</source>
        <translation>--format 必须是 md 或 json。</translation>
    </message>
    <message>
        <source>--at takes a time like 2026-11-25T12:00:00Z.</source>
        <translation>--at 需要形如 2026-11-25T12:00:00Z 的时间。</translation>
    </message>
    <message>
        <source>Do not remember this report as the last one (the next report then compares with the one before it).</source>
        <translation>不将此报告记为最近一份（下一份报告将与之前的报告比较）。</translation>
    </message>
    <message>
        <source>Cannot remember the report in the workspace: %1</source>
        <translation>无法在工作区中记录该报告：%1</translation>
    </message>
</context>
<context>
    <name>SignalReport</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Release signal: %1</source>
        <translation>发布信号：%1</translation>
    </message>
    <message>
        <source>As of %1 (UTC).</source>
        <translation>截至 %1（UTC）。</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>No CI runs read.</source>
        <translation>未读取到 CI 运行。</translation>
    </message>
    <message>
        <source>The branch does not exist on GitHub.</source>
        <translation>该分支在 GitHub 上不存在。</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>连续通过</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>最近失败</translation>
    </message>
    <message>
        <source>Since green</source>
        <translation>距上次通过</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>阻塞性</translation>
    </message>
    <message>
        <source>informing</source>
        <translation>参考性</translation>
    </message>
    <message>
        <source>Flakes and failures</source>
        <translation>不稳定与失败</translation>
    </message>
    <message>
        <source>None on the release branch.</source>
        <translation>发布分支上没有。</translation>
    </message>
    <message>
        <source>**no tracking issue**</source>
        <translation>**没有跟踪 Issue**</translation>
    </message>
    <message>
        <source>Open blockers by priority</source>
        <translation>按优先级统计的未关闭阻塞项</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>no priority</source>
        <translation>无优先级</translation>
    </message>
    <message>
        <source>Required CI pass rate per day</source>
        <translation>每日必需 CI 通过率</translation>
    </message>
    <message>
        <source>No runs of required contexts read.</source>
        <translation>未读取到必需检查的运行。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) passed</source>
        <translation>
            <numerusform>%n 次运行中 %1 次通过</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>可以发布</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>No-go</source>
        <translation>不可发布</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Light per branch</source>
        <translation>各分支的信号灯</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>信号灯</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking context(s) healthy.</source>
        <translation>
            <numerusform>%n 个阻塞性检查健康。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>（另有 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed since the last report</source>
        <translation>自上次报告以来的变化</translation>
    </message>
    <message>
        <source>No earlier report is recorded: the next one will say what changed since this one.</source>
        <translation>没有更早的报告记录：下一份报告将说明自本报告以来的变化。</translation>
    </message>
    <message>
        <source>What changed since the report of %1 (UTC)</source>
        <translation>自 %1（UTC）的报告以来的变化</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有变化。</translation>
    </message>
    <message>
        <source>Verdict: %1 → %2</source>
        <translation>结论：%1 → %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3): %4 → %5</source>
        <translation>%3 的 %2 上的 %1：%4 → %5</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%3 的 %2 上的 %1</translation>
    </message>
    <message>
        <source>New flake or failure: %1</source>
        <translation>新的不稳定或失败：%1</translation>
    </message>
    <message>
        <source>Tracked now: %1</source>
        <translation>现已跟踪：%1</translation>
    </message>
    <message>
        <source>No longer failing or flaky: %1 on %2 (%3)</source>
        <translation>不再失败或不稳定：%3 的 %2 上的 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) opened or added: %1</source>
        <translation>
            <numerusform>%n 个阻塞项新开或新增：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) closed or removed: %1</source>
        <translation>
            <numerusform>%n 个阻塞项已关闭或移除：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The workspace could not be updated: %1. Nothing was lost: the change was rolled back. Check that the disk is not full and the file is writable, then try again.</source>
        <translation>无法更新工作区：%1。没有丢失任何数据：本次更改已回滚。请确认磁盘未满且文件可写，然后重试。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace. Check its permissions, or choose another workspace file with --workspace.</source>
        <translation>无法为工作区创建文件夹 %1。请检查权限，或用 --workspace 选择其他工作区文件。</translation>
    </message>
    <message>
        <source>Cannot read the workspace %1: %2. Check the file&apos;s permissions.</source>
        <translation>无法读取工作区 %1：%2。请检查文件权限。</translation>
    </message>
    <message>
        <source>%1 is not a Release Desk workspace (it is not an SQLite database, or its header is destroyed). Release Desk has not changed it. Choose another file with --workspace, or move this one away to start a new workspace.</source>
        <translation>%1 不是 Release Desk 工作区（它不是 SQLite 数据库，或文件头已损坏）。Release Desk 没有修改它。请用 --workspace 选择其他文件，或将其移走以新建工作区。</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2. Check the file&apos;s permissions and free disk space.</source>
        <translation>无法打开工作区 %1：%2。请检查文件权限和磁盘剩余空间。</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged and cannot be read (%2). Release Desk has not changed it. Restore it from a backup, or move it away and sync again to rebuild the cache.</source>
        <translation>工作区 %1 已损坏，无法读取（%2）。Release Desk 没有修改它。请从备份恢复，或将其移走后重新同步以重建缓存。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Release Desk workspace. Release Desk has not changed it. Choose another file with --workspace.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Release Desk 工作区。Release Desk 没有修改它。请用 --workspace 选择其他文件。</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Release Desk (schema %2; this version knows up to %3). Update Release Desk to open it; it has not been changed.</source>
        <translation>工作区 %1 由更新版本的 Release Desk 写入（结构版本 %2；本版本最高支持 %3）。请升级 Release Desk 后再打开；该文件未被修改。</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (SQLite reports: %2). Release Desk has not changed it. Restore it from a backup, or move it away and sync again to rebuild the cache.</source>
        <translation>工作区 %1 已损坏（SQLite 报告：%2）。Release Desk 没有修改它。请从备份恢复，或将其移走后重新同步以重建缓存。</translation>
    </message>
    <message>
        <source>Missing schema migration %1.</source>
        <translation>缺少数据库结构迁移 %1。</translation>
    </message>
    <message>
        <source>A timeline event names %1, which is not in the workspace.</source>
        <translation>时间线事件引用了 %1，但工作区中没有该条目。</translation>
    </message>
</context>
<context>
    <name>TeamFile</name>
    <message>
        <source>This is not a Release Desk team file: it is not valid JSON (%1 at byte %2). Choose a file exported with Settings &gt; Export.</source>
        <translation>这不是 Release Desk 团队文件：它不是有效的 JSON（第 %2 字节处：%1）。请选择通过“设置 &gt; 导出”导出的文件。</translation>
    </message>
    <message>
        <source>This JSON file is not a Release Desk team file. Choose a file exported with Settings &gt; Export.</source>
        <translation>此 JSON 文件不是 Release Desk 团队文件。请选择通过“设置 &gt; 导出”导出的文件。</translation>
    </message>
    <message>
        <source>This team file was written by a newer Release Desk (format %1). Update Release Desk to import it.</source>
        <translation>此团队文件由更新版本的 Release Desk 写入（格式 %1）。请更新 Release Desk 后再导入。</translation>
    </message>
    <message>
        <source>A release in this team file has no name, a repository without owner/name or a phase without a valid day (YYYY-MM-DD); nothing was imported. Fix the file and import it again.</source>
        <translation>此团队文件中有发布缺少名称、有仓库缺少 owner/name，或有阶段没有有效日期（YYYY-MM-DD）；未导入任何内容。请修正文件后重新导入。</translation>
    </message>
</context>
<context>
    <name>TriageAction</name>
    <message>
        <source>%1: add label %2</source>
        <translation>%1：添加标签 %2</translation>
    </message>
    <message>
        <source>%1: remove label %2</source>
        <translation>%1：移除标签 %2</translation>
    </message>
    <message>
        <source>%1: set milestone %2 (was %3)</source>
        <translation>%1：设置里程碑 %2（原为 %3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: clear milestone %2</source>
        <translation>%1：清除里程碑 %2</translation>
    </message>
    <message>
        <source>%1: assign %2</source>
        <translation>%1：分配给 %2</translation>
    </message>
    <message>
        <source>%1: unassign %2</source>
        <translation>%1：取消分配 %2</translation>
    </message>
    <message>
        <source>%1: comment &quot;%2&quot;</source>
        <translation>%1：评论“%2”</translation>
    </message>
    <message>
        <source>%1: close</source>
        <translation>%1：关闭</translation>
    </message>
    <message>
        <source>%1: reopen</source>
        <translation>%1：重新打开</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run &apos;releasedesk --help&apos; for the options.</source>
        <translation>运行 &apos;releasedesk --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are not set). Run Release Desk from a desktop session, under a virtual display (xvfb-run releasedesk), or render the window to a file with --screenshot FILE.png.</source>
        <translation>未找到显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）。请在桌面会话中运行 Release Desk，或在虚拟显示器下运行（xvfb-run releasedesk），或用 --screenshot FILE.png 将窗口渲染到文件。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1: check the folder exists and is writable.</source>
        <translation>无法将截图写入 %1：请确认文件夹存在且可写。</translation>
    </message>
    <message>
        <source>Release Desk</source>
        <translation>Release Desk</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
</context>
</TS>
