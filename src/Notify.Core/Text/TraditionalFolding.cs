namespace Notify.Core.Text;

/// <summary>
/// Folds Traditional characters to Simplified, one character for one, so that the extractors' vocabulary
/// (辦發→办发, 須於→须于, 報送→报送) matches notices written in Traditional script. For matching only: the
/// text as written is kept beside the folded text (see <see cref="NormalizedLine.Written"/>).
/// </summary>
/// <remarks>
/// The pairs are the single-character Traditional→Simplified mappings of the OpenCC conversion table,
/// kept where the Simplified character occurs in government notices and the Traditional one does not
/// (so 著, 覆 and other characters Simplified text uses as they are never fold). Each entry is a
/// Traditional character followed by its Simplified form.
/// </remarks>
internal static class TraditionalFolding
{
    private const char First = '\u4E00';
    private const char Last = '\u9FFF';

    private const string Pairs =
        "並并 乾干 亂乱 佈布 佔占 併并 來来 侖仑 侷局 係系 俬私 倉仓 個个 們们 倖幸 側侧 備备 傢家 傳传 債债 傾倾 價价 儀仪 儘尽 償偿 優优 儲储 兒儿 內内 兩两 冊册 凈净 "
        + "別别 則则 剛刚 創创 劃划 劉刘 劑剂 動动 務务 勝胜 勞劳 勢势 勵励 匯汇 區区 協协 卽即 厤历 厲厉 參参 員员 唸念 問问 單单 噴喷 噸吨 噹当 嚮向 嚴严 囌苏 國国 圍围 "
        + "園园 圖图 團团 埰采 執执 堅坚 報报 場场 塊块 塵尘 墻墙 壓压 壯壮 夠够 奬奖 妝妆 婦妇 孫孙 學学 寀采 實实 寧宁 審审 寬宽 寶宝 將将 專专 對对 導导 屆届 層层 屬属 "
        + "峯峰 崑昆 崗岗 崙仑 嵗岁 師师 帶带 幫帮 幹干 庫库 廚厨 廠厂 廢废 廣广 廳厅 弔吊 張张 強强 彆别 彔录 彙汇 彥彦 後后 徑径 從从 復复 徵征 徹彻 恆恒 愛爱 態态 慮虑 "
        + "憑凭 應应 懞蒙 懲惩 懾慑 戰战 戲戏 戶户 捨舍 掃扫 掛挂 採采 揚扬 換换 揮挥 損损 撐撑 撥拨 撫抚 擇择 擊击 擋挡 擔担 據据 擬拟 擴扩 攤摊 敎教 數数 斷断 於于 旂旗 "
        + "旣既 昇升 時时 暢畅 暫暂 曆历 曉晓 曏向 書书 會会 朮术 東东 枴拐 柺拐 査查 條条 業业 極极 榦干 榮荣 構构 樓楼 標标 樣样 樹树 機机 檔档 檢检 檯台 欄栏 權权 歲岁 "
        + "歷历 歸归 殘残 氣气 氾泛 汎泛 汙污 決决 沒没 沖冲 況况 淨净 減减 測测 準准 溝沟 溼湿 滅灭 滙汇 滿满 潔洁 潛潜 濃浓 濕湿 濛蒙 濟济 濤涛 灑洒 災灾 為为 無无 煉炼 "
        + "煙烟 熱热 燒烧 營营 爐炉 爭争 爲为 爾尔 牀床 牆墙 牽牵 狀状 獎奖 獨独 獲获 獻献 現现 環环 產产 産产 甦苏 甯宁 畢毕 異异 當当 痠酸 療疗 癥症 發发 盡尽 監监 盤盘 "
        + "眞真 眾众 睏困 矇蒙 確确 碼码 礎础 礙碍 礦矿 祕秘 稅税 稈秆 種种 稱称 積积 穩稳 穫获 窯窑 竪竖 競竞 箇个 節节 範范 築筑 篩筛 簡简 簽签 籌筹 籤签 糧粮 糰团 約约 "
        + "紅红 納纳 紙纸 級级 紮扎 細细 終终 組组 結结 絕绝 絡络 給给 統统 絶绝 經经 綜综 綠绿 綫线 維维 網网 綵彩 緊紧 緑绿 線线 締缔 編编 緩缓 緯纬 緻致 縣县 縮缩 總总 "
        + "績绩 織织 繞绕 繪绘 繫系 繳缴 繼继 續续 纍累 纔才 罰罚 羣群 義义 習习 聞闻 聯联 職职 聽听 肅肃 脩修 脫脱 腦脑 臨临 臺台 與与 興兴 舉举 舊旧 舘馆 華华 菸烟 萬万 "
        + "葯药 蓆席 蓋盖 蔘参 薩萨 藍蓝 藝艺 藥药 蘇苏 蘭兰 處处 虛虚 號号 虧亏 衆众 術术 衕同 衚胡 衛卫 衝冲 裏里 補补 裝装 裡里 製制 複复 覈核 見见 規规 視视 親亲 覽览 "
        + "觀观 訂订 計计 討讨 訓训 託托 記记 訪访 設设 許许 訴诉 診诊 註注 証证 詐诈 評评 詢询 試试 話话 該该 誌志 認认 語语 誠诚 說说 説说 誰谁 課课 調调 談谈 請请 論论 "
        + "諮咨 諾诺 謀谋 講讲 證证 識识 議议 護护 譽誉 讀读 變变 讓让 豎竖 豐丰 豬猪 負负 財财 貢贡 貧贫 貨货 貫贯 責责 貯贮 買买 貸贷 費费 貼贴 貿贸 賃赁 資资 賚赉 質质 "
        + "賬账 購购 贈赠 贍赡 贏赢 趙赵 趨趋 踰逾 蹤踪 車车 軍军 較较 載载 輔辅 輕轻 輛辆 輪轮 輸输 輿舆 轄辖 轉转 辦办 農农 迴回 連连 週周 進进 遊游 運运 過过 達达 違违 "
        + "遠远 適适 遷迁 選选 遺遗 還还 邊边 郵邮 鄉乡 鄰邻 醣糖 醫医 釋释 針针 釦扣 鈎钩 鉤钩 銀银 銜衔 銷销 鋁铝 鋪铺 鋼钢 錄录 錯错 録录 錶表 鍊炼 鍋锅 鍵键 鍼针 鎖锁 "
        + "鎭镇 鎮镇 鏈链 鐵铁 鑑鉴 鑒鉴 長长 門门 閉闭 開开 閑闲 閒闲 間间 閤合 闆板 關关 陞升 陳陈 陽阳 隊队 階阶 際际 隨随 險险 隱隐 隻只 雙双 離离 難难 雲云 電电 霧雾 "
        + "靜静 鞦秋 響响 頁页 項项 順顺 須须 預预 領领 頭头 頻频 顆颗 題题 額额 願愿 類类 顧顾 顯显 風风 颱台 飲饮 養养 餘余 館馆 饋馈 駐驻 駛驶 騙骗 驗验 驟骤 體体 髮发 "
        + "鬍胡 鬚须 鬥斗 鮮鲜 鹽盐 麗丽 麪面 麫面 麵面 點点 黨党 鼕冬 齊齐 齡龄 齣出 龍龙 ";

    private static readonly char[] Table = BuildTable();
    private static readonly System.Buffers.SearchValues<char> FoldingCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(First, Last - First + 1).Select(c => (char)c).Where(c => Table[c - First] != '\0')]);

    /// <summary>The Simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Fold(char c) => c is >= First and <= Last && Table[c - First] is var folded and not '\0' ? folded : c;

    public static bool Folds(char c) => Fold(c) != c;

    /// <summary>Every character of <paramref name="text"/> folded; the same instance when none folds.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().ContainsAny(FoldingCharacters) ? string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        }) : text;
    }

    private static char[] BuildTable()
    {
        var table = new char[Last - First + 1];
        for (var i = 0; i + 1 < Pairs.Length; i++)
        {
            if (Pairs[i] != ' ' && Pairs[i + 1] != ' ')
            {
                table[Pairs[i] - First] = Pairs[i + 1];
                i++;
            }
        }

        return table;
    }
}
