/// The PL/pgSQL functions of the rate-limit migration; see the comment at the top of
/// `RateLimitSchema.swift` for the state layout, the clock and the call.
enum RateLimitFunctions {
    /// `gai_rl_view`: a state as its algorithm sees it at `now_us` (no state is `s_tag = 0`) —
    /// TokenBucket.refilled (v1 credit, v2 at), FixedWindow.current (v1 start, v2 count, t now),
    /// SlidingWindow.counts (v1 start, v2 current, v3 previous, t now), GCRA.backlog (v1).
    static let counts = """
        CREATE OR REPLACE FUNCTION gai_rl_view(
            algo bigint, lim bigint, per bigint, cap bigint, now_us bigint, s_tag bigint, s_a bigint, s_b bigint, s_c bigint,
            OUT v1 bigint, OUT v2 bigint, OUT v3 bigint, OUT t bigint)
        LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE
            full_credit bigint;
            elapsed bigint;
            ahead bigint;
        BEGIN
            v1 := 0; v2 := 0; v3 := 0; t := now_us;
            IF s_tag IS DISTINCT FROM algo THEN s_tag := 0; END IF;
            IF algo = 1 THEN
                full_credit := gai_rl_mul(cap, per);
                IF s_tag <> 1 THEN v1 := full_credit; v2 := now_us; RETURN; END IF;
                v1 := least(greatest(0, s_a), full_credit);
                elapsed := gai_rl_sub(now_us, s_b);
                IF elapsed <= 0 THEN v2 := s_b; RETURN; END IF;
                v2 := now_us;
                IF elapsed >= gai_rl_cdiv(full_credit - v1, lim) THEN v1 := full_credit; ELSE v1 := v1 + elapsed * lim; END IF;
            ELSIF algo = 2 THEN
                v1 := gai_rl_mul(gai_rl_fdiv(now_us, per), per);
                IF s_tag <> 2 THEN RETURN; END IF;
                IF s_a = v1 THEN v2 := greatest(0, s_b);
                ELSIF s_a > v1 THEN v1 := s_a; v2 := greatest(0, s_b); t := s_a;
                END IF;
            ELSIF algo = 3 THEN
                v1 := gai_rl_mul(gai_rl_fdiv(now_us, per), per);
                IF s_tag <> 3 THEN RETURN; END IF;
                IF s_a = v1 THEN v2 := greatest(0, s_b); v3 := greatest(0, s_c);
                ELSIF s_a = gai_rl_sub(v1, per) THEN v3 := greatest(0, s_b);
                ELSIF s_a > v1 THEN v1 := s_a; v2 := greatest(0, s_b); v3 := greatest(0, s_c); t := s_a;
                END IF;
            ELSE
                IF s_tag <> 4 THEN RETURN; END IF;
                ahead := gai_rl_sub(s_a, now_us);
                IF ahead >= 0 THEN v1 := gai_rl_add(gai_rl_mul(ahead, lim), greatest(0, s_b)); END IF;
            END IF;
        END
        $$
        """

    /// `gai_rl_step`: one check of `cost` (already ≤ `cap`) — the algorithms' `check`. Returns the
    /// decision (retry_after NULL when allowed) and the state after it (the input state when
    /// nothing was consumed).
    static let step = """
        CREATE OR REPLACE FUNCTION gai_rl_step(
            algo bigint, lim bigint, per bigint, cap bigint, cost bigint, now_us bigint,
            s_tag bigint, s_a bigint, s_b bigint, s_c bigint,
            OUT allowed boolean, OUT remaining bigint, OUT reset_after bigint, OUT retry_after bigint,
            OUT n_tag bigint, OUT n_a bigint, OUT n_b bigint, OUT n_c bigint)
        LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE
            v record;
            full_credit bigint; needed bigint; lft bigint;
            until_end bigint; used bigint;
            elapsed bigint; budget bigint; wanted bigint; room bigint; cur bigint;
            tolerance bigint; nxt bigint;
        BEGIN
            n_tag := s_tag; n_a := s_a; n_b := s_b; n_c := s_c; retry_after := NULL;
            SELECT * INTO v FROM gai_rl_view(algo, lim, per, cap, now_us, s_tag, s_a, s_b, s_c);
            IF algo = 1 THEN
                full_credit := gai_rl_mul(cap, per);
                needed := gai_rl_mul(cost, per);
                IF v.v1 < needed THEN
                    allowed := false; remaining := v.v1 / per;
                    reset_after := gai_rl_cdiv(full_credit - v.v1, lim); retry_after := gai_rl_cdiv(needed - v.v1, lim);
                    RETURN;
                END IF;
                lft := v.v1 - needed;
                IF cost > 0 THEN n_tag := 1; n_a := lft; n_b := v.v2; n_c := 0; END IF;
                allowed := true; remaining := lft / per; reset_after := gai_rl_cdiv(full_credit - lft, lim);
            ELSIF algo = 2 THEN
                until_end := gai_rl_sub(gai_rl_add(v.v1, per), v.t);
                used := gai_rl_add(v.v2, cost);
                IF used > lim THEN
                    allowed := false; remaining := lim - v.v2; reset_after := until_end; retry_after := until_end;
                    RETURN;
                END IF;
                IF cost > 0 THEN n_tag := 2; n_a := v.v1; n_b := used; n_c := 0; END IF;
                allowed := true; remaining := lim - used; reset_after := CASE WHEN used > 0 THEN until_end ELSE 0 END;
            ELSIF algo = 3 THEN
                elapsed := v.t - v.v1;
                budget := gai_rl_mul(lim, per);
                used := gai_rl_add(gai_rl_mul(v.v3, per - elapsed), gai_rl_mul(v.v2, per));
                wanted := gai_rl_add(used, gai_rl_mul(cost, per));
                IF wanted > budget THEN
                    allowed := false; remaining := greatest(0, budget - used) / per;
                    reset_after := CASE WHEN v.v2 > 0 THEN gai_rl_sub(gai_rl_add(v.v1, gai_rl_mul(2, per)), v.t)
                                        WHEN v.v3 > 0 THEN gai_rl_sub(gai_rl_add(v.v1, per), v.t) ELSE 0 END;
                    room := gai_rl_sub(gai_rl_sub(lim, v.v2), cost);
                    IF room >= 0 THEN
                        retry_after := gai_rl_cdiv(gai_rl_mul(per, gai_rl_sub(v.v3, room)), greatest(1, v.v3)) - elapsed;
                    ELSE
                        retry_after := gai_rl_add(per - elapsed,
                            gai_rl_cdiv(gai_rl_mul(per, gai_rl_sub(gai_rl_add(v.v2, cost), lim)), greatest(1, v.v2)));
                    END IF;
                    RETURN;
                END IF;
                cur := gai_rl_add(v.v2, cost);
                IF cost > 0 THEN n_tag := 3; n_a := v.v1; n_b := cur; n_c := v.v3; END IF;
                allowed := true; remaining := (budget - wanted) / per;
                reset_after := CASE WHEN cur > 0 THEN gai_rl_sub(gai_rl_add(v.v1, gai_rl_mul(2, per)), v.t)
                                    WHEN v.v3 > 0 THEN gai_rl_sub(gai_rl_add(v.v1, per), v.t) ELSE 0 END;
            ELSE
                tolerance := gai_rl_mul(cap, per);
                nxt := gai_rl_add(v.v1, gai_rl_mul(cost, per));
                IF nxt > tolerance THEN
                    allowed := false; remaining := greatest(0, tolerance - v.v1) / per;
                    reset_after := gai_rl_cdiv(v.v1, lim); retry_after := gai_rl_cdiv(nxt - tolerance, lim);
                    RETURN;
                END IF;
                IF cost > 0 THEN n_tag := 4; n_a := gai_rl_add(now_us, nxt / lim); n_b := nxt % lim; n_c := 0; END IF;
                allowed := true; remaining := (tolerance - nxt) / per; reset_after := gai_rl_cdiv(nxt, lim);
            END IF;
        END
        $$
        """

    /// `gai_rl_refund`: gives back `amount` (> 0) on a state of the same algorithm — the
    /// algorithms' `refund`.
    static let refund = """
        CREATE OR REPLACE FUNCTION gai_rl_refund(
            algo bigint, lim bigint, per bigint, cap bigint, amount bigint, now_us bigint,
            s_tag bigint, s_a bigint, s_b bigint, s_c bigint,
            OUT n_tag bigint, OUT n_a bigint, OUT n_b bigint, OUT n_c bigint)
        LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE
            v record;
            backlog bigint;
        BEGIN
            n_tag := s_tag; n_a := s_a; n_b := s_b; n_c := s_c;
            SELECT * INTO v FROM gai_rl_view(algo, lim, per, cap, now_us, s_tag, s_a, s_b, s_c);
            IF algo = 1 THEN
                n_a := least(gai_rl_mul(cap, per), gai_rl_add(v.v1, gai_rl_mul(amount, per))); n_b := v.v2; n_c := 0;
            ELSIF algo = 2 THEN
                -- Units reserved in a window that has ended were forgotten with it.
                IF v.v1 = s_a THEN n_b := greatest(0, v.v2 - amount); n_c := 0; END IF;
            ELSIF algo = 3 THEN
                n_a := v.v1; n_b := greatest(0, v.v2 - amount); n_c := v.v3;
            ELSE
                backlog := greatest(0, gai_rl_sub(v.v1, gai_rl_mul(amount, per)));
                n_a := gai_rl_add(now_us, backlog / lim); n_b := backlog % lim; n_c := 0;
            END IF;
        END
        $$
        """

    /// `gai_rate_limit_check`: the entry point, one call per store operation.
    static let check = """
        CREATE OR REPLACE FUNCTION gai_rate_limit_check(keys text[], args bigint[]) RETURNS bigint[]
        LANGUAGE plpgsql AS $$
        DECLARE
            n int := coalesce(array_length(keys, 1), 0);
            ukeys text[];
            m int;
            i int; j int; p int;
            now_us bigint;
            row_tag int; row_a bigint; row_b bigint; row_c bigint; row_exp bigint;
            l_tag bigint[]; l_a bigint[]; l_b bigint[]; l_c bigint[]; l_exp bigint[];
            c_tag bigint[]; c_a bigint[]; c_b bigint[]; c_c bigint[];
            w_lim bigint[]; w_per bigint[]; w_cap bigint[]; dirty boolean[];
            r_ok boolean[]; r_rem bigint[]; r_reset bigint[]; r_retry bigint[];
            all_ok boolean := true;
            algo bigint; lim bigint; per bigint; cap bigint; cost bigint;
            r record; s record;
            reply bigint[] := '{}';
        BEGIN
            IF n = 0 THEN RETURN reply; END IF;
            SELECT array_agg(u ORDER BY u) INTO ukeys FROM (SELECT DISTINCT u FROM unnest(keys) AS u) AS d;
            m := array_length(ukeys, 1);
            FOR j IN 1..m LOOP
                LOOP
                    INSERT INTO rate_limit_state (key, tag, a, b, c, expires_at) VALUES (ukeys[j], 0, 0, 0, 0, 0)
                        ON CONFLICT (key) DO NOTHING;
                    SELECT st.tag, st.a, st.b, st.c, st.expires_at INTO row_tag, row_a, row_b, row_c, row_exp
                        FROM rate_limit_state AS st WHERE st.key = ukeys[j] FOR UPDATE;
                    EXIT WHEN FOUND;
                END LOOP;
                l_tag[j] := row_tag; l_a[j] := row_a; l_b[j] := row_b; l_c[j] := row_c; l_exp[j] := row_exp;
            END LOOP;
            now_us := floor(extract(epoch FROM clock_timestamp()) * 1000000)::bigint;
            FOR j IN 1..m LOOP
                IF l_exp[j] <= now_us OR NOT gai_rl_valid(l_tag[j], l_a[j], l_b[j], l_c[j]) THEN l_tag[j] := 0; END IF;
                c_tag[j] := l_tag[j]; c_a[j] := l_a[j]; c_b[j] := l_b[j]; c_c[j] := l_c[j]; dirty[j] := false;
            END LOOP;

            IF args[1] = 1 THEN
                algo := args[2]; lim := args[3]; per := args[4]; cap := args[5]; cost := args[6];
                IF l_tag[1] <> algo OR cost <= 0 THEN
                    IF l_tag[1] = 0 THEN DELETE FROM rate_limit_state WHERE key = ukeys[1]; END IF;
                    RETURN ARRAY[0]::bigint[];
                END IF;
                SELECT * INTO s FROM gai_rl_refund(algo, lim, per, cap, cost, now_us, l_tag[1], l_a[1], l_b[1], l_c[1]);
                c_tag[1] := s.n_tag; c_a[1] := s.n_a; c_b[1] := s.n_b; c_c[1] := s.n_c; dirty[1] := true;
                w_lim[1] := lim; w_per[1] := per; w_cap[1] := cap;
                reply := ARRAY[1]::bigint[];
            ELSE
                FOR i IN 1..n LOOP
                    p := 1 + (i - 1) * 5;
                    algo := args[p + 1]; lim := args[p + 2]; per := args[p + 3]; cap := args[p + 4]; cost := args[p + 5];
                    j := array_position(ukeys, keys[i]);
                    SELECT * INTO r FROM gai_rl_step(algo, lim, per, cap, CASE WHEN cost > cap THEN 0 ELSE cost END, now_us,
                        c_tag[j], c_a[j], c_b[j], c_c[j]);
                    r_ok[i] := r.allowed AND cost <= cap; r_rem[i] := r.remaining; r_reset[i] := r.reset_after;
                    r_retry[i] := CASE WHEN cost > cap THEN NULL ELSE r.retry_after END;
                    IF NOT r_ok[i] THEN
                        all_ok := false;
                    ELSIF cost > 0 THEN
                        c_tag[j] := r.n_tag; c_a[j] := r.n_a; c_b[j] := r.n_b; c_c[j] := r.n_c; dirty[j] := true;
                        w_lim[j] := lim; w_per[j] := per; w_cap[j] := cap;
                    END IF;
                END LOOP;
                IF NOT all_ok THEN
                    FOR i IN 1..n LOOP
                        IF r_ok[i] THEN
                            p := 1 + (i - 1) * 5;
                            j := array_position(ukeys, keys[i]);
                            SELECT * INTO r FROM gai_rl_step(args[p + 1], args[p + 2], args[p + 3], args[p + 4], 0, now_us,
                                l_tag[j], l_a[j], l_b[j], l_c[j]);
                            r_rem[i] := r.remaining; r_reset[i] := r.reset_after;
                        END IF;
                    END LOOP;
                END IF;
                FOR i IN 1..n LOOP
                    p := 1 + (i - 1) * 5;
                    reply := reply || ARRAY[CASE WHEN r_ok[i] THEN 1 ELSE 0 END, args[p + 2], greatest(0, r_rem[i]),
                        greatest(0, r_reset[i]), CASE WHEN r_ok[i] OR r_retry[i] IS NULL THEN -1 ELSE greatest(0, r_retry[i]) END,
                        args[p + 3]]::bigint[];
                END LOOP;
            END IF;

            FOR j IN 1..m LOOP
                IF all_ok AND dirty[j] THEN
                    SELECT * INTO r FROM gai_rl_step(c_tag[j], w_lim[j], w_per[j], w_cap[j], 0, now_us, c_tag[j], c_a[j], c_b[j], c_c[j]);
                    IF r.reset_after > 0 THEN
                        UPDATE rate_limit_state SET tag = c_tag[j], a = c_a[j], b = c_b[j], c = c_c[j],
                            expires_at = gai_rl_add(now_us, r.reset_after)
                            WHERE key = ukeys[j];
                    ELSE
                        DELETE FROM rate_limit_state WHERE key = ukeys[j];
                    END IF;
                ELSIF l_tag[j] = 0 THEN
                    DELETE FROM rate_limit_state WHERE key = ukeys[j];
                END IF;
            END LOOP;
            RETURN reply;
        END
        $$
        """
}
